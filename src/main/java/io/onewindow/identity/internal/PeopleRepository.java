package io.onewindow.identity.internal;

import io.onewindow.identity.Assurance;
import io.onewindow.identity.Citizen;
import io.onewindow.identity.Enterprise;
import io.onewindow.identity.People;
import io.onewindow.identity.SizeClass;
import io.onewindow.platform.Masking;
import io.onewindow.platform.PersonalDataProtector;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class PeopleRepository implements People {

    private final JdbcClient jdbc;
    private final PersonalDataProtector protector;

    PeopleRepository(JdbcClient jdbc, PersonalDataProtector protector) {
        this.jdbc = jdbc;
        this.protector = protector;
    }

    @Override
    public Optional<Citizen> citizenByIdNumber(String idNumber) {
        if (idNumber == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from identity_citizen where id_number_hash = ?")
                .param(protector.lookupHash(idNumber.strip().toUpperCase()))
                .query(PeopleRepository::citizen).optional();
    }

    @Override
    public Optional<Citizen> citizen(UUID id) {
        return jdbc.sql("select * from identity_citizen where id = ?").param(id).query(PeopleRepository::citizen).optional();
    }

    @Override
    public java.util.Map<String, String> enterpriseNames(java.util.Collection<String> creditCodes) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!creditCodes.isEmpty()) {
            jdbc.sql("select credit_code, name from identity_enterprise where credit_code = any(string_to_array(?, ','))")
                    .param(String.join(",", creditCodes)).query(rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    });
        }
        return names;
    }

    @Override
    public Optional<Enterprise> enterpriseByCreditCode(String creditCode) {
        if (creditCode == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from identity_enterprise where credit_code = ?").param(creditCode.strip().toUpperCase())
                .query(PeopleRepository::enterprise).optional();
    }

    @Override
    public Optional<Enterprise> enterprise(UUID id) {
        return jdbc.sql("select * from identity_enterprise where id = ?").param(id)
                .query(PeopleRepository::enterprise).optional();
    }

    @Override
    public List<Enterprise> searchEnterprises(String text, int limit) {
        String like = "%" + (text == null ? "" : text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.sql("select * from identity_enterprise where name like ? or credit_code like ? order by name limit ?")
                .params(like, like, Math.min(Math.max(limit, 1), 200)).query(PeopleRepository::enterprise).list();
    }

    @Override
    public Optional<String> phoneOf(UUID citizenId) {
        return jdbc.sql("select phone_cipher from identity_citizen where id = ? and phone_cipher is not null")
                .param(citizenId).query(byte[].class).optional().map(protector::decrypt);
    }

    @Override
    public Optional<String> idNumberOf(UUID citizenId) {
        return jdbc.sql("select id_number_cipher from identity_citizen where id = ?").param(citizenId).query(byte[].class)
                .optional().map(protector::decrypt);
    }

    @Override
    public List<Enterprise> representedBy(UUID citizenId) {
        return jdbc.sql("select * from identity_enterprise where representative_citizen_id = ? order by established_on, name")
                .param(citizenId).query(PeopleRepository::enterprise).list();
    }

    void setEstablishedBy(UUID enterpriseId, UUID caseId) {
        jdbc.sql("update identity_enterprise set established_by_case = ? where id = ?").params(caseId, enterpriseId).update();
    }

    Optional<Enterprise> establishedBy(UUID caseId) {
        return jdbc.sql("select * from identity_enterprise where established_by_case = ?").param(caseId)
                .query(PeopleRepository::enterprise).optional();
    }

    @Override
    public boolean representativeAccount(UUID accountId, UUID enterpriseId) {
        return accountId != null && enterpriseId != null && jdbc.sql("""
                select count(*) from identity_enterprise e join identity_account a on a.citizen_id = e.representative_citizen_id
                where a.id = ? and e.id = ?""").params(accountId, enterpriseId).query(Integer.class).single() > 0;
    }

    void setRepresentative(UUID enterpriseId, UUID citizenId) {
        jdbc.sql("update identity_enterprise set representative_citizen_id = ? where id = ?").params(citizenId, enterpriseId).update();
    }

    long nextCreditCodeSerial() {
        return jdbc.sql("select nextval('identity_credit_code_serial')").query(Long.class).single();
    }

    @Override
    public java.util.Set<UUID> selfDeclaredEnterprises() {
        return new java.util.HashSet<>(jdbc.sql("select id from identity_enterprise where assurance = 'SELF'").query(UUID.class).list());
    }

    /** 窗口核验: only a self-declared registration moves up; returns whether it did. */
    boolean markVerified(UUID enterpriseId) {
        return jdbc.sql("update identity_enterprise set assurance = 'WINDOW' where id = ? and assurance = 'SELF'")
                .param(enterpriseId).update() == 1;
    }

    @Override
    public Optional<UUID> accountOf(UUID partyId) {
        return jdbc.sql("""
                select id from identity_account where enabled and (citizen_id = ? or enterprise_id = ?)
                order by created_at, id limit 1""").params(partyId, partyId).query(UUID.class).optional();
    }

    @Override
    public long citizenCount() {
        return jdbc.sql("select count(*) from identity_citizen").query(Long.class).single();
    }

    @Override
    public void eachEnterprise(java.util.function.Consumer<Enterprise> action) {
        try (var rows = jdbc.sql("select * from identity_enterprise order by credit_code").query(PeopleRepository::enterprise).stream()) {
            rows.forEach(action);
        }
    }

    @Override
    public List<Citizen> someCitizens(int limit) {
        return jdbc.sql("select * from identity_citizen order by id limit ?").param(limit).query(PeopleRepository::citizen).list();
    }

    @Override
    public long enterpriseCount() {
        return jdbc.sql("select count(*) from identity_enterprise").query(Long.class).single();
    }

    @Transactional
    void insertCitizen(UUID id, String name, String idNumber, LocalDate birthDate, String sex, String addressCode,
            String phone) {
        jdbc.sql("""
                insert into identity_citizen (id, name, id_number_cipher, id_number_hash, id_number_masked,
                    birth_date, sex, address_code, phone_cipher, phone_masked)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, name, protector.encrypt(idNumber), protector.lookupHash(idNumber),
                        Masking.residentId(idNumber), birthDate, sex, addressCode,
                        phone == null ? null : protector.encrypt(phone),
                        phone == null ? null : Masking.phone(phone))
                .update();
    }

    @Transactional
    void insertEnterprise(Enterprise e) {
        jdbc.sql("""
                insert into identity_enterprise (id, credit_code, name, entity_type, legal_representative,
                    region_code, industry_code, size_class, established_on, assurance)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.creditCode(), e.name(), e.entityType(), e.legalRepresentative(), e.regionCode(),
                        e.industryCode(), e.sizeClass().name(), e.establishedOn(), e.assurance().name())
                .update();
    }

    boolean citizenExists(String idNumber) {
        return jdbc.sql("select count(*) from identity_citizen where id_number_hash = ?")
                .param(protector.lookupHash(idNumber)).query(Integer.class).single() > 0;
    }

    static Citizen citizen(ResultSet rs, int n) throws SQLException {
        return new Citizen(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("id_number_masked"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("sex"), rs.getString("address_code"),
                rs.getString("phone_masked"));
    }

    private static Enterprise enterprise(ResultSet rs, int n) throws SQLException {
        return new Enterprise(rs.getObject("id", UUID.class), rs.getString("credit_code"), rs.getString("name"),
                rs.getString("entity_type"), rs.getString("legal_representative"), rs.getString("region_code"),
                rs.getString("industry_code"), SizeClass.valueOf(rs.getString("size_class")),
                rs.getObject("established_on", LocalDate.class), Assurance.valueOf(rs.getString("assurance")));
    }
}
