package io.onewindow.identity.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.BirthRegistered;
import io.onewindow.identity.Citizen;
import io.onewindow.identity.Guardianships;
import io.onewindow.identity.IdentityErrorCode;
import io.onewindow.identity.NewBirth;
import io.onewindow.identity.ResidentIdNumbers;
import io.onewindow.platform.City;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.Masking;
import io.onewindow.platform.OneWindowException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 出生登记 as the household-registration authority does it: a new citizen, their number, their guardian. */
@Service
class BirthRegistry implements Guardianships {

    private static final Set<String> RELATIONS = Set.of("父亲", "母亲", "其他监护人");

    private final PeopleRepository people;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final City city;
    private final Clock clock;

    BirthRegistry(PeopleRepository people, JdbcClient jdbc, AuditLog auditLog, ApplicationEventPublisher events, City city,
            Clock clock) {
        this.people = people;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.events = events;
        this.city = city;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Citizen registerBirth(NewBirth b) {
        if (b.basisCaseId() != null) {
            Optional<Citizen> done = registeredBy(b.basisCaseId());
            if (done.isPresent()) {
                return done.get();
            }
        }
        Citizen guardian = people.citizen(b.guardianId()).orElseThrow(() -> invalid("出生登记的申报人未实名登记"));
        String name = Inputs.required(b.name(), "新生儿姓名", 50, IdentityErrorCode.IDENTITY_INVALID_INPUT);
        if (!"男".equals(b.sex()) && !"女".equals(b.sex())) {
            throw invalid("新生儿性别应为“男”或“女”");
        }
        LocalDate today = LocalDate.now(clock);
        if (b.birthDate() == null || b.birthDate().isAfter(today) || b.birthDate().isBefore(today.minusYears(18))) {
            throw invalid("出生日期应为今天或以前、未满十八周岁");
        }
        String relation = RELATIONS.contains(b.relation()) ? b.relation() : "其他监护人";
        String number = assignNumber(addressCode(guardian), b.birthDate(), b.sex());
        UUID id = UUID.randomUUID();
        people.insertCitizen(id, name, number, b.birthDate(), b.sex(), number.substring(0, 6), null);
        jdbc.sql("insert into identity_guardianship (ward_id, guardian_id, relation, basis_case_id, since) values (?, ?, ?, ?, ?)")
                .params(id, guardian.id(), relation, b.basisCaseId(), today).update();
        auditLog.record("BIRTH_REGISTERED", "identity.citizen", id.toString(), null, Map.of("name", Masking.name(name),
                "idNumber", Masking.residentId(number), "guardian", guardian.id(), "relation", relation));
        Citizen child = people.citizen(id).orElseThrow();
        events.publishEvent(new BirthRegistered(id, name, child.maskedIdNumber(), b.sex(), b.birthDate(), guardian.id(),
                relation, b.basisCaseId()));
        return child;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Citizen> wards(UUID guardianId) {
        return jdbc.sql("""
                select c.* from identity_guardianship g join identity_citizen c on c.id = g.ward_id
                where g.guardian_id = ? order by c.birth_date desc, c.name""").param(guardianId)
                .query(PeopleRepository::citizen).list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isGuardian(UUID guardianId, UUID wardId) {
        return guardianId != null && wardId != null && jdbc.sql(
                "select count(*) from identity_guardianship where guardian_id = ? and ward_id = ?")
                .params(guardianId, wardId).query(Integer.class).single() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean guardianAccount(UUID accountId, UUID wardId) {
        return accountId != null && wardId != null && jdbc.sql("""
                select count(*) from identity_guardianship g join identity_account a on a.citizen_id = g.guardian_id
                where a.id = ? and g.ward_id = ?""").params(accountId, wardId).query(Integer.class).single() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Citizen> registeredBy(UUID basisCaseId) {
        return jdbc.sql("""
                select c.* from identity_guardianship g join identity_citizen c on c.id = g.ward_id
                where g.basis_case_id = ?""").param(basisCaseId).query(PeopleRepository::citizen).optional();
    }

    /** 地址码: the guardian's county (the child is registered into their household), else the city's central district. */
    private String addressCode(Citizen guardian) {
        String own = guardian.addressCode();
        return own != null && own.matches("\\d{6}") && !own.endsWith("00") ? own : city.regionCode().substring(0, 4) + "02";
    }

    /** GB 11643: 地址码 + 出生日期码 + 顺序码 (odd for a boy, even for a girl; the next one not yet given) + 校验码. */
    private String assignNumber(String addressCode, LocalDate birthDate, String sex) {
        String prefix = addressCode + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE);
        for (int order = "男".equals(sex) ? 1 : 2; order <= 999; order += 2) {
            String first17 = prefix + String.format("%03d", order);
            String number = first17 + ResidentIdNumbers.checkChar(first17);
            if (!people.citizenExists(number)) {
                return number;
            }
        }
        throw invalid("该地区当日出生登记的顺序码已用完，请联系户籍窗口");
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(IdentityErrorCode.IDENTITY_INVALID_INPUT, detail);
    }
}
