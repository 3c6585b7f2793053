package io.onewindow.casework;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Figures departments already hold about an enterprise (e.g. 研发投入 from 科技局), for 智能预填: an application never
 * asks again for what the platform knows. Implemented by the policy module (which holds the fact base).
 */
public interface KnownFigures {

    /** The figure as shown to people (e.g. "260"), with the department that supplied it and as of when. */
    Optional<Figure> of(UUID enterpriseId, String factName);

    record Figure(String value, String source, LocalDate asOf) {
    }
}
