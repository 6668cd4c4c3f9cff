namespace Timeline.Extraction.Topics;

// One entry of Data/topics.json.
internal sealed record TopicRecord(string Topic, string[] Keywords);
