using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("articles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.Property(a => a.Fingerprint).HasMaxLength(64);
        builder.Property(a => a.Language).HasMaxLength(35);

        // The database, not the code, makes a duplicate article impossible: one row per url, and one row
        // per text among articles without a url.
        builder.HasIndex(a => a.Url).IsUnique();
        builder.HasIndex(a => a.ContentHash).IsUnique().HasFilter("url IS NULL");
        builder.HasIndex(a => new { a.IngestedAt, a.Id });
    }
}
