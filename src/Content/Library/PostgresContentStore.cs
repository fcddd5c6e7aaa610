using Npgsql;
using NpgsqlTypes;

namespace CommuneRadio.Content.Library;

/// <summary>Content items in the <c>content_items</c> table. Thread-safe singleton.</summary>
public sealed class PostgresContentStore(NpgsqlDataSource dataSource) : IContentStore
{
    private const string Columns = """
        id, kind, title, area_codes, status, author, created_at, approved_by, approved_at, archived_by, archived_at,
        speech_text, voice, stream_url, frequency_mhz, media_file, media_type, media_bytes, media_sha256, media_duration_s
        """;

    public async Task AddAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        await using var command = dataSource.CreateCommand($"""
            insert into content_items ({Columns})
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
            """);
        var media = item.Media;
        command.Parameters.AddRange(new NpgsqlParameter[]
        {
            P(item.Id, NpgsqlDbType.Text), P(item.Kind.ToString(), NpgsqlDbType.Text), P(item.Title, NpgsqlDbType.Text),
            P(item.AreaCodes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text), P(item.Status.ToString(), NpgsqlDbType.Text),
            P(item.Author, NpgsqlDbType.Text), P(item.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz),
            P(item.ApprovedBy, NpgsqlDbType.Text), P(item.ApprovedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz),
            P(item.ArchivedBy, NpgsqlDbType.Text), P(item.ArchivedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz),
            P(item.Text, NpgsqlDbType.Text), P(item.Voice, NpgsqlDbType.Text), P(item.StreamUrl, NpgsqlDbType.Text),
            P(item.FrequencyMHz, NpgsqlDbType.Double), P(media?.FileName, NpgsqlDbType.Text), P(media?.MediaType, NpgsqlDbType.Text),
            P(media?.Bytes, NpgsqlDbType.Bigint), P(media?.Sha256, NpgsqlDbType.Text), P(media?.DurationS, NpgsqlDbType.Double),
        });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ContentItem?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var command = dataSource.CreateCommand($"select {Columns} from content_items where id = $1");
        command.Parameters.Add(P(id, NpgsqlDbType.Text));
        return (await ReadAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<ContentItem>> ListAsync(
        ContentStatus? status, IReadOnlyCollection<string>? areaCodes, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"""
            select {Columns} from content_items
            where (($1::text is null and status <> 'Archived') or status = $1) and ($4::text[] is null or area_codes && $4)
            order by created_at desc, id desc offset $2 limit $3
            """);
        command.Parameters.AddRange(new NpgsqlParameter[] { P(status?.ToString(), NpgsqlDbType.Text), P(offset, NpgsqlDbType.Integer), P(limit, NpgsqlDbType.Integer), P(areaCodes?.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text) });
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ContentItem?> ApproveAsync(string id, string approver, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrEmpty(approver);
        await using var command = dataSource.CreateCommand($"""
            update content_items set status = 'Approved', approved_by = $2, approved_at = $3
            where id = $1 and status = 'Draft' and lower(author) <> lower($2)
            returning {Columns}
            """);
        command.Parameters.AddRange(new NpgsqlParameter[] { P(id, NpgsqlDbType.Text), P(approver, NpgsqlDbType.Text), P(at.ToUniversalTime(), NpgsqlDbType.TimestampTz) });
        return (await ReadAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<ContentItem?> ArchiveAsync(string id, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrEmpty(by);
        await using var command = dataSource.CreateCommand($"""
            update content_items set status = 'Archived', archived_by = $2, archived_at = $3
            where id = $1 and status <> 'Archived'
            returning {Columns}
            """);
        command.Parameters.AddRange(new NpgsqlParameter[] { P(id, NpgsqlDbType.Text), P(by, NpgsqlDbType.Text), P(at.ToUniversalTime(), NpgsqlDbType.TimestampTz) });
        return (await ReadAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<ContentItem>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var items = new List<ContentItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(new ContentItem(
                reader.GetString(0),
                Enum.Parse<ContentKind>(reader.GetString(1)),
                reader.GetString(2),
                reader.GetFieldValue<string[]>(3),
                Enum.Parse<ContentStatus>(reader.GetString(4)),
                reader.GetString(5),
                reader.GetFieldValue<DateTimeOffset>(6))
            {
                ApprovedBy = TextOrNull(reader, 7),
                ApprovedAt = reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
                ArchivedBy = TextOrNull(reader, 9),
                ArchivedAt = reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10),
                Text = TextOrNull(reader, 11),
                Voice = TextOrNull(reader, 12),
                StreamUrl = TextOrNull(reader, 13),
                FrequencyMHz = reader.IsDBNull(14) ? null : reader.GetDouble(14),
                Media = reader.IsDBNull(15)
                    ? null
                    : new MediaFile(reader.GetString(15), reader.GetString(16), reader.GetInt64(17), reader.GetString(18), reader.GetDouble(19)),
            });
        }

        return items;
    }

    private static string? TextOrNull(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static NpgsqlParameter P(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
