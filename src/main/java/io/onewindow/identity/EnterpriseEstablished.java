package io.onewindow.identity;

import java.util.UUID;

/**
 * 设立登记 decided: the new 市场主体 is registered ({@link Registrations#establish}), in the transaction that registers
 * it; a 开办一件事 waiting for it goes on after that commits.
 */
public record EnterpriseEstablished(UUID enterpriseId, UUID founderCitizenId, UUID basisCaseId) {
}
