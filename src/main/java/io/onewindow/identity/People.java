package io.onewindow.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Finds citizens and enterprises. Citizens are found by full ID number through its lookup hash. */
public interface People {

    Optional<Citizen> citizenByIdNumber(String idNumber);

    Optional<Citizen> citizen(UUID id);

    Optional<Enterprise> enterpriseByCreditCode(String creditCode);

    Optional<Enterprise> enterprise(UUID id);

    /** Names by credit code for a list of codes, in one query (codes not registered are left out). */
    java.util.Map<String, String> enterpriseNames(java.util.Collection<String> creditCodes);

    /** Enterprises whose name contains {@code text}, at most {@code limit}. */
    List<Enterprise> searchEnterprises(String text, int limit);

    /** A citizen's own mobile number, decrypted: only for prefilling their forms and sending them messages. */
    Optional<String> phoneOf(UUID citizenId);

    /** A citizen's ID number, decrypted: only for asking another department's system about them (部门共享). */
    Optional<String> idNumberOf(UUID citizenId);

    /** Whether the login is the own account of the enterprise's 经营者/法定代表人 on record (代理 without 授权委托书). */
    boolean representativeAccount(UUID accountId, UUID enterpriseId);

    /** The 市场主体 a person founded through 设立登记 (as 经营者 or 法定代表人): their licences are in the person's wallet. */
    List<Enterprise> representedBy(UUID citizenId);

    /** Enterprises whose registration nobody has vouched for yet ({@link Assurance#SELF}): no money goes to them. */
    java.util.Set<UUID> selfDeclaredEnterprises();

    /** The login account a citizen or enterprise registered for itself (the oldest enabled one), if any. */
    Optional<UUID> accountOf(UUID partyId);

    long citizenCount();

    /** Up to {@code limit} citizens in a stable order (benchmarks and generated history pick applicants from them). */
    List<Citizen> someCitizens(int limit);

    long enterpriseCount();

    /** Every registered enterprise, streamed in credit-code order (for matching policies against all of them). */
    void eachEnterprise(java.util.function.Consumer<Enterprise> action);
}
