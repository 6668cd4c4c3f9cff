namespace Timeline.Data.Entities;

/// <summary>An event id that lives on in another event (merged by an editor or by new reports), so old links hold.</summary>
public sealed class EventAlias
{
    public Guid OldId { get; set; }

    public Guid NewId { get; set; }
}
