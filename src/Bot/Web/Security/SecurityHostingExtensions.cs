using Microsoft.AspNetCore.ResponseCompression;

namespace KnowYourRights.Bot.Web.Security;

/// <summary>Registers and adds what every response gets: HSTS, compression, <see cref="SecurityHeaders"/> and <see cref="SecureCookies"/>.</summary>
public static class SecurityHostingExtensions
{
    /// <summary>Text types worth compressing: pages, JSON, TwiML, styles, scripts and SVG QR codes.</summary>
    private static readonly string[] CompressedTypes =
        ["text/html", "text/css", "text/javascript", "application/javascript", "text/plain", "application/json", "application/problem+json", "application/xml", "image/svg+xml"];

    /// <summary>
    /// HSTS (a year; not for subdomains, which the app does not own) and Brotli/gzip compression of
    /// text responses, over HTTPS too: no response mixes a secret with text an attacker chose, except
    /// the Direct Line ones, which <see cref="SecurityHeaders"/> marks not to compress.
    /// </summary>
    public static IHostApplicationBuilder AddWebSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = CompressedTypes;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.AddSingleton<IResponseCompressionProvider, SelectiveCompressionProvider>();
        builder.Services.Configure<CookiePolicyOptions>(SecureCookies.Configure);
        return builder;
    }

    /// <summary>First in the pipeline, so every response, errors and 404s included, passes through them.</summary>
    public static WebApplication UseWebSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // Only on HTTPS responses, and never for localhost (the built-in exclusions).
            app.UseHsts();
        }
        // Compression first: it offers the per-response "do not compress" switch SecurityHeaders sets.
        app.UseResponseCompression();
        app.UseMiddleware<SecurityHeaders>();
        // Before anything that sets a cookie (antiforgery, the admin session).
        app.UseCookiePolicy();
        return app;
    }
}
