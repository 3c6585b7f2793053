package io.onewindow.license.internal;

import io.onewindow.casework.HeldLicenses;
import io.onewindow.platform.ChinaTime;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Answers casework's 免提交 question from the licences issued here. */
@Component
class HeldLicensesAdapter implements HeldLicenses {

    private final LicenseRepository licenses;

    HeldLicensesAdapter(LicenseRepository licenses) {
        this.licenses = licenses;
    }

    @Override
    public Optional<HeldLicense> latest(UUID holderId, String typeName) {
        LocalDate today = ChinaTime.today();
        return licenses.ofHolder(holderId).stream().filter(l -> l.typeName().equals(typeName)).findFirst()
                .map(l -> new HeldLicense(l.id(), l.typeName(), l.number(), l.usable(today), l.statusLabel(today), l.data(),
                        LicenseTypes.ONE_PER_HOLDER.contains(l.typeName())));
    }
}
