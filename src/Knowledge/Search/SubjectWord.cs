using System.Collections.Frozen;

namespace KnowYourRights.Knowledge.Search;

/// <summary>A word (or phrase) that names an out-of-scope subject: present when all its <paramref name="Terms"/> are.</summary>
/// <param name="TopicId">The out-of-scope topic's id.</param>
/// <param name="Word">The word as written in the catalogue.</param>
/// <param name="Terms">Its analyzed terms.</param>
public sealed record SubjectWord(string TopicId, string Word, FrozenSet<string> Terms);
