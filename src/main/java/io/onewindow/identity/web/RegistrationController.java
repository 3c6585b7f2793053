package io.onewindow.identity.web;

import io.onewindow.identity.Industries;
import io.onewindow.identity.NewCitizen;
import io.onewindow.identity.NewEnterprise;
import io.onewindow.identity.NewLogin;
import io.onewindow.identity.Registrations;
import io.onewindow.identity.SizeClass;
import io.onewindow.platform.OneWindowException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 个人实名注册 and 法人注册. A failed registration re-shows the form (without the password) and stores nothing. */
@Controller
@RequestMapping("/register")
@PreAuthorize("permitAll()")
class RegistrationController {

    private final Registrations registrations;

    RegistrationController(Registrations registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/citizen")
    String citizenForm(Model model) {
        model.addAttribute("form", new CitizenForm("", "", "", "", ""));
        return "identity/register-citizen";
    }

    @PostMapping("/citizen")
    String registerCitizen(@ModelAttribute("form") CitizenForm form, Model model, RedirectAttributes redirect) {
        try {
            registrations.registerCitizen(new NewCitizen(form.name(), form.idNumber(), form.phone()),
                    new NewLogin(form.username(), form.password()));
        } catch (OneWindowException e) {
            model.addAttribute("error", e.detail());
            model.addAttribute("form", form.withoutPassword());
            return "identity/register-citizen";
        }
        redirect.addFlashAttribute("message", "注册成功，请登录");
        return "redirect:/login";
    }

    @GetMapping("/enterprise")
    String enterpriseForm(Model model) {
        model.addAttribute("form", new EnterpriseForm("", "", "", "", null, null, "", "", ""));
        addChoices(model);
        return "identity/register-enterprise";
    }

    @PostMapping("/enterprise")
    String registerEnterprise(@ModelAttribute("form") EnterpriseForm form, Model model, RedirectAttributes redirect) {
        try {
            registrations.registerEnterprise(new NewEnterprise(form.creditCode(), form.name(),
                    form.legalRepresentative(), form.industryCode(), form.sizeClass(), form.establishedOn()),
                    form.contactName(), new NewLogin(form.username(), form.password()));
        } catch (OneWindowException e) {
            model.addAttribute("error", e.detail());
            model.addAttribute("form", form.withoutPassword());
            addChoices(model);
            return "identity/register-enterprise";
        }
        redirect.addFlashAttribute("message", "注册成功，请登录");
        return "redirect:/login";
    }

    private static void addChoices(Model model) {
        model.addAttribute("sizeClasses", SizeClass.values());
        model.addAttribute("sections", new java.util.TreeMap<>(Industries.SECTIONS));
    }

    record CitizenForm(String name, String idNumber, String phone, String username, String password) {
        CitizenForm withoutPassword() {
            return new CitizenForm(name, idNumber, phone, username, "");
        }
    }

    record EnterpriseForm(String creditCode, String name, String legalRepresentative, String industryCode,
            SizeClass sizeClass, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate establishedOn,
            String contactName, String username, String password) {
        EnterpriseForm withoutPassword() {
            return new EnterpriseForm(creditCode, name, legalRepresentative, industryCode, sizeClass, establishedOn,
                    contactName, username, "");
        }
    }
}
