package io.onewindow.exchange;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** What a provider holds and who may use it: for the in-platform providers' records and for seeding grants. */
public interface ExchangeSetup {

    /** A record of an in-platform provider (e.g. 户籍 of one citizen), replacing the one held before. */
    void putRecord(String datasetCode, UUID subjectId, Map<String, String> data);

    /** 供需对接 decided: the consumer department may query the dataset for the purpose until the date. */
    UUID grant(String datasetCode, String consumerDepartmentId, String purpose, LocalDate expiresOn);

    /** Whether any in-platform provider holds records (the demo is loaded once). */
    boolean hasRecords();

    /** The dataset that stands for a 一单 material from the named provider, if the catalogue has one. */
    java.util.Optional<String> datasetFor(String materialName, String providerHint);
}
