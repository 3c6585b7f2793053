package io.onewindow.license.internal;

import io.onewindow.identity.AccountKind;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.Guardianships;
import io.onewindow.identity.People;
import io.onewindow.license.License;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whose licences a signed-in applicant holds in their wallet (我的证照): their own, and for a person also those of
 * the 个体工商户 or enterprises they founded through 设立登记 (as 经营者 or 法定代表人), and those of the children they
 * are guardian of (监护人: a newborn's 户口簿, 社保卡 …).
 */
@Component
public class Wallets {

    private final LicenseRepository licenses;
    private final People people;
    private final Guardianships guardianships;

    Wallets(LicenseRepository licenses, People people, Guardianships guardianships) {
        this.licenses = licenses;
        this.people = people;
        this.guardianships = guardianships;
    }

    public Set<UUID> holders(CurrentUser user) {
        Set<UUID> holders = new LinkedHashSet<>();
        if (user.partyId() != null) {
            holders.add(user.partyId());
            if (user.kind() == AccountKind.CITIZEN) {
                people.representedBy(user.partyId()).forEach(e -> holders.add(e.id()));
                guardianships.wards(user.partyId()).forEach(c -> holders.add(c.id()));
            }
        }
        return holders;
    }

    public List<License> of(CurrentUser user) {
        List<License> all = new ArrayList<>();
        holders(user).forEach(h -> all.addAll(licenses.ofHolder(h)));
        return all;
    }

    /** A licence in the user's wallet; empty for anyone else's. */
    public Optional<License> own(CurrentUser user, String licenseId) {
        return licenses.find(licenseId).filter(l -> holders(user).contains(l.holderId()));
    }
}
