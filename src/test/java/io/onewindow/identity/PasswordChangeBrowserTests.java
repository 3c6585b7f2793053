package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import io.onewindow.DemoLogins;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first sign-in with a password someone else set: 修改密码 first, in the browser, then the workspace. */
class PasswordChangeBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFirstSignInChangesThePasswordAndGoesOn() {
        String hash = jdbc.sql("select password_hash from identity_account where username = 'inspector'").query(String.class).single();
        jdbc.sql("update identity_account set must_change_password = true where username = 'inspector'").update();
        try {
            browser.manage().deleteAllCookies();
            browser.get(url("/login"));
            type("username", "inspector");
            type("password", DemoLogins.PASSWORD);
            browser.findElement(By.cssSelector("main form button[type=submit]")).click();
            // wherever the sign-in leads, the password page comes first
            BrowserSupport.waitFor(browser, By.id("password-required"));
            browser.get(url("/workspace"));
            BrowserSupport.waitFor(browser, By.id("password-required"));
            type("current", DemoLogins.PASSWORD);
            type("next", "Inspect2026x");
            type("repeated", "Inspect2026y");
            clickAndLoad(browser.findElement(By.id("change-password")));
            assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("两次输入的新密码不一致");
            type("current", DemoLogins.PASSWORD);
            type("next", "Inspect2026x");
            type("repeated", "Inspect2026x");
            clickAndLoad(browser.findElement(By.id("change-password")));
            assertThat(browser.getCurrentUrl()).contains("/workspace");
            assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("密码已修改");
        } finally {
            jdbc.sql("update identity_account set password_hash = ?, must_change_password = false where username = 'inspector'")
                    .param(hash).update();
        }
    }
}
