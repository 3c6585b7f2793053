package io.onewindow.identity;

/** Sign-in details chosen at registration. */
public record NewLogin(String username, String password) {
}
