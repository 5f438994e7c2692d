using Microsoft.AspNetCore.Authentication.Cookies;

namespace KnowYourRights.Bot.Web.Admin;

/// <summary>Registers and maps the admin page (see <see cref="AdminPage"/>).</summary>
public static class AdminPageHostingExtensions
{
    /// <summary>The admin session cookie (ASP.NET Core cookie authentication) and antiforgery, HttpOnly and SameSite=Strict on <c>/admin</c>; the session cookie always Secure.</summary>
    public static IHostApplicationBuilder AddAdminPage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication().AddCookie(AdminSession.Scheme, AdminSession.Configure);
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AdminSession.AntiforgeryCookieName;
            // Secure on HTTPS; the page takes plain HTTP only from loopback (see AdminPage), where
            // antiforgery with Always would refuse to issue a token at all.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.Path = "/admin";
            options.FormFieldName = "__csrf";
            options.HeaderName = null;
        });
        builder.Services.AddSingleton<AdminDashboardSource>();
        return builder;
    }

    /// <summary><c>GET /admin</c> and its forms' POSTs; <c>GET /admin/review</c> and <c>/admin/review.csv</c>, the review pack.</summary>
    public static IEndpointRouteBuilder MapAdminPage(this IEndpointRouteBuilder app)
    {
        // HTML forms for people, not part of the HTTP API's OpenAPI document.
        var admin = app.MapGroup("/admin").ExcludeFromDescription();
        admin.MapGet(string.Empty, AdminPage.ShowAsync);
        admin.MapPost("/sign-in", AdminPage.SignInAsync);
        admin.MapPost("/sign-out", AdminPage.SignOutAsync);
        admin.MapPost("/refresh", AdminPage.RefreshAsync);
        admin.MapPost("/rollback", AdminPage.RollbackAsync);
        admin.MapPost("/ways-of-asking", AdminPage.WaysOfAskingAsync);
        admin.MapGet("/review", ReviewPackPage.ShowAsync);
        admin.MapGet("/review.csv", ReviewPackPage.CsvAsync);
        return app;
    }
}
