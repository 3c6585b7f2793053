package io.onewindow.identity;

import java.util.UUID;

/** 法人注册: an enterprise opened its account on the platform (主动服务 may offer it the bundles a new firm needs). */
public record EnterpriseAccountRegistered(UUID enterpriseId, UUID accountId, String name) {
}
