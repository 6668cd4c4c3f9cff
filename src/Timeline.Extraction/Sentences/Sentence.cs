namespace Timeline.Extraction.Sentences;

/// <summary>A sentence of the cleaned text: [Start, End) offsets into CleanedArticle.Text; captions are not narrative.</summary>
public sealed record Sentence(int Start, int End, string Text, bool IsCaption);
