using BenchmarkDotNet.Attributes;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Benchmarks;

/// <summary>The message handling before any search, on a 2,000-character worried story.</summary>
[MemoryDiagnoser]
public class MessageBenchmarks
{
    /// <summary>About 2,000 characters (the web chat's limit): names, a phone number, dates, an address, then the questions.</summary>
    internal static readonly string Story =
        "Hello, my name is Maria Lopez and I am writing because I do not know who else to ask. I live at 1423 Elm Street in "
        + "the east side of town with my husband and our three kids, who were all born here. My husband has been working in "
        + "construction for eleven years and he has never been in trouble. Last Tuesday, on March 4, 2025, he was driving home "
        + "from work when a deputy stopped him because one of the tail lights was broken. The deputy asked for his license and "
        + "he did not have one, so they took him to the county jail. At first they told us he would be out the same night if "
        + "we paid the bail, so I borrowed money from my sister and went to the jail the next morning. When I got there the "
        + "woman at the window said I could pay but he would not be released because immigration had put a hold on him. She "
        + "did not explain anything else and told me to call back later. I called the number she gave me, 555-201-3344, many "
        + "times and nobody answers. My neighbor says the sheriff here signed some kind of agreement with ICE a few years ago "
        + "and that the deputies can ask people about their papers now, but another friend says that is not true and that "
        + "the police are not allowed to do that in our state. I am also scared for myself because I have a court date in "
        + "April for a small ticket and I do not know if it is safe to go, or if ICE will be waiting for me there like "
        + "they were for a man from our church. My kids keep asking when their dad is coming home and I do not know what to "
        + "tell them. We have no lawyer and very little money left after the bail. You can write me at maria.lopez@example.com "
        + "if that is easier, I check it every night after work. He takes medicine for his blood pressure every day and I "
        + "am not sure the jail gives it to him, they will not tell me anything. I am sorry this is so long and thank you for reading all "
        + "of it. So my questions are: 1) can the jail keep him after the bail is paid because of the ICE hold, and for how "
        + "long? 2) is it safe for me to go to my court date?";

    [Benchmark(Description = "PersonalDetails.Scrub, 2,000 chars")]
    public string Scrub() => PersonalDetails.Scrub(Story);

    [Benchmark(Description = "MessageQuestions.Extract, 2,000 chars")]
    public IReadOnlyList<string> Extract() => MessageQuestions.Extract(Story);
}
