namespace Timeline.Extraction.Events.Lexicon;

/// <summary>The grammatical form a trigger word was written in, which tells tense and aspect.</summary>
public enum LexicalForm
{
    /// <summary>"meet": after "to", "will", "did", or a plural subject in the present.</summary>
    Base,

    /// <summary>"meets": present tense, as headlines write past events.</summary>
    ThirdSingular,

    /// <summary>"met" where the past and the participle coincide.</summary>
    PastOrParticiple,

    /// <summary>"spoke": simple past.</summary>
    Past,

    /// <summary>"spoken", "sworn": after "has", "was", "been".</summary>
    Participle,

    /// <summary>"meeting" as a verb form.</summary>
    Gerund,

    /// <summary>A noun ("meeting", "tariffs"), or a fixed phrase.</summary>
    Noun,
}
