package io.onewindow.identity.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.AccountKind;
import io.onewindow.identity.Assurance;
import io.onewindow.identity.Citizen;
import io.onewindow.identity.CreditCodeCheck;
import io.onewindow.identity.CreditCodes;
import io.onewindow.identity.Enterprise;
import io.onewindow.identity.IdentityErrorCode;
import io.onewindow.identity.Industries;
import io.onewindow.identity.NewCitizen;
import io.onewindow.identity.NewEnterprise;
import io.onewindow.identity.NewEstablishment;
import io.onewindow.identity.NewLogin;
import io.onewindow.identity.Registrations;
import io.onewindow.identity.ResidentIdCheck;
import io.onewindow.identity.ResidentIdNumbers;
import io.onewindow.identity.Role;
import io.onewindow.identity.SizeClass;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.Masking;
import io.onewindow.platform.OneWindowException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RegistrationService implements Registrations {

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");

    private final PeopleRepository people;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final CreditCodePolicy creditCodePolicy;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    RegistrationService(PeopleRepository people, AccountRepository accounts, PasswordEncoder passwordEncoder,
            AuditLog auditLog, CreditCodePolicy creditCodePolicy, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.clock = clock;
        this.people = people;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.creditCodePolicy = creditCodePolicy;
    }

    @Override
    @Transactional
    public UUID registerCitizen(NewCitizen citizen, NewLogin login) {
        LoginRules.check(login);
        checkUsernameFree(login.username());
        UUID citizenId = addCitizen(citizen);
        UUID accountId = UUID.randomUUID();
        accounts.insert(accountId, login.username().strip(), passwordEncoder.encode(login.password()),
                citizen.name().strip(), AccountKind.CITIZEN, citizenId, null, null, null, EnumSet.of(Role.APPLICANT));
        auditLog.record("ACCOUNT_REGISTERED", "identity.account", accountId.toString(), null,
                Map.of("username", login.username().strip().toLowerCase(), "kind", "CITIZEN", "citizenId", citizenId));
        return accountId;
    }

    @Override
    @Transactional
    public UUID registerEnterprise(NewEnterprise enterprise, String contactName, NewLogin login) {
        LoginRules.check(login);
        checkUsernameFree(login.username());
        String contact = Inputs.required(contactName, "经办人姓名", 50, IdentityErrorCode.IDENTITY_INVALID_INPUT);
        UUID enterpriseId = insertEnterprise(enterprise, Assurance.SELF);
        UUID accountId = UUID.randomUUID();
        accounts.insert(accountId, login.username().strip(), passwordEncoder.encode(login.password()), contact,
                AccountKind.ENTERPRISE, null, enterpriseId, null, null, EnumSet.of(Role.APPLICANT));
        auditLog.record("ACCOUNT_REGISTERED", "identity.account", accountId.toString(), null,
                Map.of("username", login.username().strip().toLowerCase(), "kind", "ENTERPRISE", "enterpriseId", enterpriseId));
        events.publishEvent(new io.onewindow.identity.EnterpriseAccountRegistered(enterpriseId, accountId,
                enterprise.name().strip()));
        return accountId;
    }

    @Override
    @Transactional
    public UUID addCitizen(NewCitizen citizen) {
        String name = Inputs.required(citizen.name(), "姓名", 50, IdentityErrorCode.IDENTITY_INVALID_INPUT);
        ResidentIdCheck id = ResidentIdNumbers.check(citizen.idNumber(), LocalDate.now(clock));
        if (!id.valid()) {
            throw new OneWindowException(IdentityErrorCode.IDENTITY_INVALID_RESIDENT_ID, id.reason());
        }
        String phone = Inputs.optional(citizen.phone(), "手机号码", 11, IdentityErrorCode.IDENTITY_INVALID_INPUT);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new OneWindowException(IdentityErrorCode.IDENTITY_INVALID_INPUT, "手机号码应为以1开头的11位数字");
        }
        if (people.citizenExists(id.number())) {
            throw new OneWindowException(IdentityErrorCode.IDENTITY_DUPLICATE_CITIZEN,
                    "身份证号码 " + Masking.residentId(id.number()) + " 已经注册，请直接登录或找回密码");
        }
        UUID citizenId = UUID.randomUUID();
        people.insertCitizen(citizenId, name, id.number(), id.birthDate(), id.sex(), id.regionCode(), phone);
        auditLog.record("CITIZEN_REGISTERED", "identity.citizen", citizenId.toString(), null,
                Map.of("name", Masking.name(name), "idNumber", Masking.residentId(id.number())));
        return citizenId;
    }

    @Override
    @Transactional
    public UUID addEnterprise(NewEnterprise e) {
        return insertEnterprise(e, Assurance.REGISTRY);
    }

    @Override
    @Transactional
    public void verifyEnterprise(String creditCode) {
        Enterprise e = people.enterpriseByCreditCode(creditCode == null ? "" : creditCode.strip().toUpperCase())
                .orElseThrow(() -> new OneWindowException(IdentityErrorCode.IDENTITY_INVALID_INPUT,
                        "未找到统一社会信用代码为 " + creditCode + " 的已注册企业"));
        if (people.markVerified(e.id())) {
            auditLog.record("ENTERPRISE_VERIFIED", "identity.enterprise", e.id().toString(),
                    Map.of("assurance", e.assurance().name()), Map.of("assurance", Assurance.WINDOW.name()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<Enterprise> establishedBy(UUID basisCaseId) {
        return people.establishedBy(basisCaseId);
    }

    @Override
    @Transactional
    public Enterprise establish(NewEstablishment n) {
        if (n.basisCaseId() != null) {
            var done = establishedBy(n.basisCaseId());
            if (done.isPresent()) {
                return done.get();
            }
        }
        Citizen founder = people.citizen(n.representativeCitizenId()).orElseThrow(() -> new OneWindowException(
                IdentityErrorCode.IDENTITY_INVALID_INPUT, "设立登记的经营者（法定代表人）未实名登记"));
        String region = n.regionCode() != null && n.regionCode().matches("\\d{6}") ? n.regionCode() : "511100";
        String code = CreditCodes.assemble(n.individual() ? "92" : "91", region, people.nextCreditCodeSerial());
        UUID id = insertEnterprise(new NewEnterprise(code, n.name(), founder.name(), n.industryCode(), SizeClass.MICRO,
                n.establishedOn()), Assurance.REGISTRY);
        people.setRepresentative(id, founder.id());
        people.setEstablishedBy(id, n.basisCaseId());
        auditLog.record("ENTERPRISE_ESTABLISHED", "identity.enterprise", id.toString(), null,
                Map.of("creditCode", code, "name", n.name(), "representative", founder.id()));
        events.publishEvent(new io.onewindow.identity.EnterpriseEstablished(id, founder.id(), n.basisCaseId()));
        return people.enterprise(id).orElseThrow();
    }

    private UUID insertEnterprise(NewEnterprise e, Assurance assurance) {
        CreditCodeCheck code = creditCodePolicy.check(e.creditCode());
        if (!code.valid()) {
            throw new OneWindowException(IdentityErrorCode.IDENTITY_INVALID_CREDIT_CODE, code.reason());
        }
        String name = Inputs.required(e.name(), "主体名称", 100, IdentityErrorCode.IDENTITY_INVALID_INPUT);
        String legalRep = Inputs.required(e.legalRepresentative(), "法定代表人（负责人）", 50,
                IdentityErrorCode.IDENTITY_INVALID_INPUT);
        String industry = Inputs.required(e.industryCode(), "行业代码", 5, IdentityErrorCode.IDENTITY_INVALID_INPUT)
                .toUpperCase();
        if (!Industries.isValid(industry)) {
            throw new OneWindowException(IdentityErrorCode.IDENTITY_INVALID_INPUT,
                    "行业代码“" + industry + "”不符合 GB/T 4754-2017，应为门类字母 A–T，可加 2–4 位数字，如 C3011");
        }
        if (e.sizeClass() == null) {
            throw new OneWindowException(IdentityErrorCode.IDENTITY_INVALID_INPUT, "请选择企业规模");
        }
        if (e.establishedOn() != null && e.establishedOn().isAfter(LocalDate.now(clock))) {
            throw new OneWindowException(IdentityErrorCode.IDENTITY_INVALID_INPUT, "成立日期不能晚于今天");
        }
        if (people.enterpriseByCreditCode(code.code()).isPresent()) {
            throw new OneWindowException(IdentityErrorCode.IDENTITY_DUPLICATE_ENTERPRISE,
                    "统一社会信用代码 " + code.code() + " 已经注册");
        }
        Enterprise enterprise = new Enterprise(UUID.randomUUID(), code.code(), name, code.entityTypeName(), legalRep,
                code.regionCode(), industry, e.sizeClass(), e.establishedOn(), assurance);
        people.insertEnterprise(enterprise);
        auditLog.record("ENTERPRISE_REGISTERED", "identity.enterprise", enterprise.id().toString(), null, enterprise);
        return enterprise.id();
    }

    private void checkUsernameFree(String username) {
        if (accounts.usernameTaken(username.strip())) {
            throw new OneWindowException(IdentityErrorCode.IDENTITY_DUPLICATE_USERNAME, "用户名“" + username.strip() + "”已被使用，请换一个");
        }
    }
}
