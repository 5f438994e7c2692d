using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// Says text aloud the way a person checking the phone line would: Debian's <c>espeak-ng</c>
/// renders it to a WAV file (US English, or Latin American Spanish, at 160 words a minute, about
/// the pace of a phone voice), and the file's header tells how long it plays.
/// </summary>
public static class EspeakSpeech
{
    public const string ExecutablePath = "/usr/bin/espeak-ng";

    /// <summary>Words a minute: a calm phone voice (Twilio's Polly voices speak at about this pace).</summary>
    public const int WordsPerMinute = 160;

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>Renders <paramref name="text"/> in <paramref name="language"/> ("en" or "es") to <paramref name="wavPath"/> and reads back its header.</summary>
    public static async Task<SpokenAudio> RenderAsync(string text, string language, string wavPath)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-v", language == Language.Spanish ? "es-419" : "en-us", "-s", WordsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), "-w", wavPath, text })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("espeak-ng did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"espeak-ng exited with {process.ExitCode}: {await errors}");
        }
        return SpokenAudio.Read(wavPath);
    }
}

/// <summary>A WAV file's format and length, from its RIFF header: the <c>fmt </c> chunk's byte rate and the <c>data</c> chunk's size.</summary>
public sealed record SpokenAudio(long DataBytes, int ByteRate, int SampleRate)
{
    public TimeSpan Duration => ByteRate == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((double)DataBytes / ByteRate);

    public static SpokenAudio Read(string wavPath)
    {
        var bytes = File.ReadAllBytes(wavPath);
        if (bytes.Length < 12 || Encoding.ASCII.GetString(bytes, 0, 4) != "RIFF" || Encoding.ASCII.GetString(bytes, 8, 4) != "WAVE")
        {
            throw new InvalidDataException($"{wavPath} is not a WAV file.");
        }
        int? byteRate = null;
        int? sampleRate = null;
        long? data = null;
        for (var at = 12; at + 8 <= bytes.Length;)
        {
            var id = Encoding.ASCII.GetString(bytes, at, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 4, 4));
            if (id == "fmt " && size >= 16)
            {
                sampleRate = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at + 12, 4));
                byteRate = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at + 16, 4));
            }
            else if (id == "data")
            {
                // A writer that could not seek back leaves the size unset: the data runs to the end of the file.
                data = Math.Min(size, bytes.Length - (at + 8));
                break;
            }
            at += 8 + (int)size + (int)(size % 2);
        }
        return new SpokenAudio(data ?? throw new InvalidDataException($"{wavPath} has no data chunk."), byteRate ?? throw new InvalidDataException($"{wavPath} has no fmt chunk."), sampleRate ?? 0);
    }
}

/// <summary>A test that needs <c>espeak-ng</c>: skipped, saying why, only where it is missing; CI installs it, so there it runs.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class EspeakFactAttribute : FactAttribute
{
    public EspeakFactAttribute()
    {
        if (!EspeakSpeech.IsInstalled)
        {
            Skip = $"{EspeakSpeech.ExecutablePath} is missing: install Debian's espeak-ng (apt-get install espeak-ng) to run the audio check.";
        }
    }
}
