package io.onewindow.license.internal;

import io.onewindow.license.LicenseErrorCode;
import io.onewindow.license.StockLicenses;
import io.onewindow.platform.City;
import io.onewindow.platform.OneWindowException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StockLicenseRegistration implements StockLicenses {

    private final LicenseTypes types;
    private final Issuance issuance;
    private final LicenseRepository licenses;
    private final City city;

    StockLicenseRegistration(LicenseTypes types, Issuance issuance, LicenseRepository licenses, City city) {
        this.types = types;
        this.issuance = issuance;
        this.licenses = licenses;
        this.city = city;
    }

    @Override
    @Transactional
    public String register(StockLicense l) {
        LicenseTypes.Type type = types.byName(l.typeName()).orElseThrow(() -> new OneWindowException(
                LicenseErrorCode.LICENSE_INVALID_INPUT, "证照目录中没有“" + l.typeName() + "”"));
        return issuance.issue(new Issuance.Request(type, l.holderKind(), l.holderId(), l.holderName(), l.holderCode(),
                l.issuerDepartment(), city.regionCode(), l.issuedOn(), l.validUntil(), l.data(), null));
    }

    @Override
    @Transactional
    public void revoke(String id, String reason) {
        if (licenses.revoke(id, reason) == 0) {
            throw new OneWindowException(LicenseErrorCode.LICENSE_WRONG_STATE, "只有有效的证照可以注销");
        }
    }
}
