using Microsoft.AspNetCore.Authentication.Cookies;

namespace KnowYourRights.Bot.Web.Admin;

/// <summary>Registers the admin page's services; its routes are in <see cref="AdminPage"/>.</summary>
public static class AdminPageHostingExtensions
{
    /// <summary>The admin session cookie (ASP.NET Core cookie authentication) and antiforgery, HttpOnly and SameSite=Strict on <c>/admin</c>; the session cookie always Secure, the antiforgery one Secure but in local plain-HTTP use (SecureCookies).</summary>
    public static IHostApplicationBuilder AddAdminPage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication().AddCookie(AdminSession.Scheme, AdminSession.Configure);
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AdminSession.AntiforgeryCookieName;
            // Not Always: antiforgery then refuses to issue a token on plain HTTP, which the page
            // takes from this machine (see AdminPage). SecureCookies makes it Secure everywhere else.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.Path = "/admin";
            options.FormFieldName = "__csrf";
            options.HeaderName = null;
        });
        builder.Services.AddSingleton<AdminDashboardSource>();
        return builder;
    }
}
