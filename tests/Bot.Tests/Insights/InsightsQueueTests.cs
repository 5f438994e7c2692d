using System.Diagnostics.Metrics;
using KnowYourRights.Bot.Insights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Tests.Insights;

public sealed class InsightsQueueTests
{
    [Fact]
    public void A_full_queue_drops_new_entries_at_once_and_counts_them()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var queue = new InsightsQueue(Options.Create(new InsightsOptions { QueueCapacity = 2 }), services.GetRequiredService<IMeterFactory>());
        long dropped = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == InsightsQueue.MeterName && instrument.Name == "kyr.insights.dropped")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref dropped, value));
        listener.Start();

        // No reader: the writer has fallen behind. Adding never waits.
        for (var i = 0; i < 5; i++)
        {
            queue.Add(new InsightsEntry(new DateOnly(2026, 12, 2), "sms", "en", "decline", null, "decline", "question " + i));
        }

        Assert.Equal(3, Interlocked.Read(ref dropped));
        Assert.True(queue.Reader.TryRead(out var first));
        Assert.Equal("question 0", first.Text);
        Assert.True(queue.Reader.TryRead(out _));
        Assert.False(queue.Reader.TryRead(out _));
    }
}
