using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace KnowYourRights.Bot.Web.Admin;

/// <summary>
/// The admin page's sign-in: a cookie (ASP.NET Core's cookie authentication: encrypted, HttpOnly,
/// Secure, SameSite=Strict, path <c>/admin</c>) issued once the admin key was typed in.
/// </summary>
internal static class AdminSession
{
    public const string Scheme = "AdminSession";
    public const string CookieName = "kyr-admin";
    public const string AntiforgeryCookieName = "kyr-admin-csrf";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static async Task<bool> IsSignedInAsync(HttpContext context) =>
        (await context.AuthenticateAsync(Scheme)).Succeeded;

    public static Task SignInAsync(HttpContext context) =>
        context.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], Scheme)));

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync(Scheme);

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.Path = "/admin";
        options.ExpireTimeSpan = Lifetime;
        options.SlidingExpiration = false;
        // The page answers for itself (a sign-in form, 401); no redirects to a login path.
        options.Events.OnRedirectToLogin = context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        };
    }
}
