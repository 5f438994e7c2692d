using System.ComponentModel.DataAnnotations;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Insights;
using KnowYourRights.Knowledge.Refresh;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Knowledge;

public static class KnowledgeHostingExtensions
{
    /// <summary>
    /// Registers the knowledge index (opened once per process, built from the seeds on first
    /// start, switching to newer versions as they go live), the sentence model, the answer service,
    /// the index refresher, the known-words filter of what is written and the knowledge metrics, with <see cref="IndexOptions"/> and
    /// <see cref="AnswerOptions"/> (both from the "Knowledge" section) validated on start.
    /// </summary>
    /// <param name="paperPageUrl">
    /// Where the host serves the paper's page, when it knows an absolute address for it; null
    /// (or no function) keeps <see cref="AnswerOptions.PaperPageUrl"/>. The host decides, Knowledge applies it here.
    /// </param>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder, Func<IServiceProvider, string?>? paperPageUrl = null)
    {
        builder.Services.AddOptions<IndexOptions>()
            .BindConfiguration(IndexOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataPath), "Knowledge:DataPath is required.")
            .ValidateOnStart();
        var answers = builder.Services.AddOptions<AnswerOptions>()
            .BindConfiguration(AnswerOptions.Section)
            .ValidateDataAnnotations()
            // The nested calibration is validated too (data annotations do not look inside a property's object).
            .Validate(
                o => o.Calibration is { } calibration && Validator.TryValidateObject(calibration, new ValidationContext(calibration), null, validateAllProperties: true),
                "Knowledge:Calibration has a value outside its range.")
            .ValidateOnStart();
        builder.Services.AddOptions<UrgentOptions>()
            .BindConfiguration(UrgentOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.HotlineName) || !string.IsNullOrWhiteSpace(o.HotlinePhone), "Urgent:HotlineName is set without Urgent:HotlinePhone.")
            .Validate(o => o.HotlineUrlIsValid, "Urgent:HotlineUrl must be an absolute http(s) address.")
            .Validate(UrgentCallFitsOneSms, "Urgent:HotlineName must be plain letters (GSM-7), so the hotline line of an SMS fits one segment.")
            .ValidateOnStart();
        if (paperPageUrl is not null)
        {
            answers.Configure<IServiceProvider>((options, services) => options.PaperPageUrl = paperPageUrl(services) ?? options.PaperPageUrl);
        }
        // One model per process (it costs a few hundred MB), loaded on its first text. Registered
        // as an instance, so a host that stops (tests start many) never disposes the process's model.
        builder.Services.AddSingleton<ITextEmbedder>(ArcticXsEmbedder.Shared);
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<IndexOptions>>().Value;
            return KnowledgeIndex.Open(
                options.DataPath, options.SeedsPath, sp.GetRequiredService<ITextEmbedder>(), options.BuildWait, options.IndexCheckInterval, options.RetireDelay, sp.GetService<ILogger<KnowledgeIndex>>());
        });
        builder.Services.AddOptions<Local287gOptions>()
            .BindConfiguration(Local287gOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AnswerService>();
        builder.Services.AddSingleton<KnownWordsFilter>();
        // Its meter comes from the host's IMeterFactory (registered by every .NET host builder).
        builder.Services.AddSingleton<KnowledgeMetrics>();
        builder.AddKnowledgeRefresh();
        builder.Services.AddHostedService<KnowledgeIndexWarmup>();
        builder.Services.AddHostedService<SentenceModelWarmup>();
        return builder;
    }

    /// <summary>
    /// For the web app (not the command line, whose commands mostly never run the model): starts
    /// loading the sentence model now, so it loads while the host is built and started
    /// (<see cref="SentenceModelWarmup.StartLoading"/>).
    /// </summary>
    public static IHostApplicationBuilder StartLoadingSentenceModel(this IHostApplicationBuilder builder)
    {
        _ = SentenceModelWarmup.StartLoading(builder.Configuration);
        return builder;
    }

    private static bool UrgentCallFitsOneSms(UrgentOptions options) =>
        options.Hotline is not { } hotline
        || new[] { Text.Language.English, Text.Language.Spanish }.All(language =>
        {
            var line = ReplyTexts.UrgentCall(language, hotline.Name, hotline.Phone);
            return Text.SmsSegments.EncodingOf(line) == Text.SmsEncoding.Gsm7 && Text.SmsSegments.Count(line) == 1;
        });
}
