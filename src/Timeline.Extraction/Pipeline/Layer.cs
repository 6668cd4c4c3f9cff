namespace Timeline.Extraction.Pipeline;

/// <summary>What a stage adds to the document, and what a later stage may read.</summary>
public enum Layer
{
    /// <summary>The cleaned text and metadata (<see cref="AnnotatedDocument.Article"/>).</summary>
    Article,

    Sentences,

    /// <summary>Every sentence tokenized once (<see cref="AnnotatedDocument.Tokens"/>).</summary>
    Tokens,

    /// <summary>For an article without a publication date: the periods in which the titled people it names held those titles.</summary>
    RoleWindows,

    /// <summary>The date the article speaks from, settled once: no later stage revisits it.</summary>
    DocumentDate,

    Actors,

    Dates,

    Places,

    /// <summary>Actors, dates, places, cues and quotes laid out per sentence by token.</summary>
    SentenceFacts,

    /// <summary>Candidates the models took for events that happened, with their decisions.</summary>
    Mentions,

    /// <summary>Mentions folded into the article's events, each with the date its reports give it.</summary>
    ReportedEvents,

    /// <summary>The events as the article reports them, written.</summary>
    Events,
}
