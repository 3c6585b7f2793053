package io.onewindow.exchange.internal;

import io.onewindow.identity.BirthRegistered;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The 公安 户籍 register (GA-HJXX) takes in a child registered by 出生登记, into the declaring guardian's household,
 * in the registration's own transaction: so the 医保参保 and 社保卡 a 新生儿出生一件事 submits for the child right
 * after find the child's 户籍 shared. A newborn has no 制证照片 yet (the card is made without one).
 */
@Component
class HouseholdRegister {

    private static final String HUKOU = "GA-HJXX";

    private final Datasets datasets;
    private final InPlatformProvider register;

    HouseholdRegister(Datasets datasets, InPlatformProvider register) {
        this.datasets = datasets;
        this.register = register;
    }

    @EventListener
    void on(BirthRegistered birth) {
        Datasets.Dataset hukou = datasets.byCode(HUKOU).filter(d -> d.sourceTable() != null).orElse(null);
        if (hukou == null) {
            return; // the city's 户籍 is served by the 公安's own system, which registers the child itself
        }
        Map<String, String> household = register.query(hukou, "CITIZEN", birth.guardianId()).orElse(Map.of());
        Map<String, String> record = new LinkedHashMap<>();
        record.put("姓名", birth.name());
        record.put("公民身份号码", birth.maskedIdNumber());
        record.put("户籍地址", household.getOrDefault("户籍地址", "四川省乐山市"));
        record.put("与户主关系", relationToHead(household.get("与户主关系"), birth.sex()));
        register.put(hukou, birth.childId(), record);
    }

    /** The child of the head or of the head's spouse is 子/女 of the household; otherwise a relative (e.g. 孙子). */
    private static String relationToHead(String guardianRelation, String sex) {
        boolean boy = "男".equals(sex);
        if (guardianRelation == null || guardianRelation.equals("户主") || guardianRelation.equals("配偶")) {
            return boy ? "子" : "女";
        }
        if (guardianRelation.equals("子女") || guardianRelation.equals("子") || guardianRelation.equals("女")) {
            return boy ? "孙子" : "孙女";
        }
        return "其他亲属";
    }
}
