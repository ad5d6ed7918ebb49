using System.Data.Common;
using System.Globalization;
using Dapper;

namespace GenesysCloud.Bulk.Journal;

/// <summary>
/// <see cref="IJobJournal"/> over a SQL database with the journal's schema; <see cref="SqliteJobJournal"/> and
/// <see cref="PostgresJobJournal"/> supply the connection, the schema migrations and the few dialect differences.
/// Open one with <see cref="JobJournals.Open"/>.
/// </summary>
public abstract class SqlJobJournal : IJobJournal, IDisposable
{
    private const string JobColumns = """
        j.id AS Id, j.operation AS Operation, j.target_id AS TargetId, j.target_name AS TargetName, j.proficiency AS Proficiency,
        j.requested_by AS RequestedBy, j.undo_of AS UndoOf, j.resolution AS Resolution, j.status AS Status,
        j.created_at AS CreatedAt, j.finished_at AS FinishedAt, j.calls AS Calls, j.http429 AS Http429, j.error AS Error, j.org AS Org,
        COUNT(i.idx) AS ItemCount,
        SUM(CASE WHEN i.action = 'WillChange' THEN 1 ELSE 0 END) AS ChangeCount,
        SUM(CASE WHEN i.status = 'Applied' THEN 1 ELSE 0 END) AS AppliedCount,
        SUM(CASE WHEN i.status = 'Failed' THEN 1 ELSE 0 END) AS FailedCount,
        SUM(CASE WHEN i.status IN ('Pending', 'InFlight') THEN 1 ELSE 0 END) AS UnfinishedCount,
        l.holder AS LeaseHolder, l.expires_at AS LeaseExpiresAt
        """;

    private const string ItemColumns = """
        job_id AS JobId, idx AS "Index", identifier AS Identifier, user_id AS UserId, user_name AS UserName, action AS Action,
        was_present AS WasPresent, proficiency_before AS ProficiencyBefore, proficiency AS Proficiency, status AS Status,
        note AS Note, error AS Error, updated_at AS UpdatedAt, line AS Line, ring_number_before AS RingNumberBefore, ring_number AS RingNumber,
        target_id AS TargetId
        """;

    /// <summary>Items updated by one statement; larger sets are split.</summary>
    private const int IndexesPerStatement = 500;

    /// <summary>Creates the journal.</summary>
    /// <param name="time">Clock for item timestamps; system clock by default.</param>
    protected SqlJobJournal(TimeProvider? time) => Time = time ?? TimeProvider.System;

    /// <summary>Clock for item timestamps.</summary>
    protected TimeProvider Time { get; }

    /// <summary>A SQL condition that <c>idx</c> is one of the <c>@Indexes</c> parameter (see <see cref="IndexesParameter"/>).</summary>
    protected abstract string IndexIsOneOfIndexes { get; }

    /// <summary>The <c>@Indexes</c> parameter's value for <paramref name="indexes"/>: the array itself by default.</summary>
    protected virtual object IndexesParameter(int[] indexes) => indexes;

    /// <summary>A column that orders jobs created at the same instant by insertion.</summary>
    protected abstract string InsertionOrder { get; }

    /// <summary>Appended to the lease row's SELECT in a claim (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>).</summary>
    protected abstract string LockLeaseRow { get; }

    /// <inheritdoc />
    public async Task PrepareAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
    }

    /// <inheritdoc />
    public async Task CreateJobAsync(BulkJob job, IReadOnlyList<BulkJobItem> items, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(items);
        Action? afterCommit = null;
        await WriteAsync(transaction: true, async (connection, tx) =>
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO jobs (id, operation, target_id, target_name, proficiency, requested_by, undo_of, resolution,
                                  status, created_at, finished_at, calls, http429, error, org)
                VALUES (@Id, @Operation, @TargetId, @TargetName, @Proficiency, @RequestedBy, @UndoOf, @Resolution,
                        @Status, @CreatedAt, @FinishedAt, @Calls, @Http429, @Error, @Org)
                """,
                new
                {
                    job.Id,
                    Operation = job.Operation.ToString(),
                    job.TargetId,
                    job.TargetName,
                    job.Proficiency,
                    job.RequestedBy,
                    UndoOf = job.UndoOfJobId,
                    Resolution = job.Resolution.ToString(),
                    Status = job.Status.ToString(),
                    CreatedAt = ToDb(job.CreatedAt),
                    FinishedAt = job.FinishedAt is { } f ? ToDb(f) : null,
                    job.Calls,
                    job.Http429,
                    job.Error,
                    job.Org,
                },
                tx, cancellationToken: ct));
            afterCommit = await InsertItemsAsync(connection, tx!, job.Id, items, ct);
            return 0;
        }, ct);
        afterCommit?.Invoke();
    }

    /// <inheritdoc />
    public Task SetItemStatusAsync(string jobId, IReadOnlyCollection<int> indexes, BulkItemStatus status, string? error = null, string? note = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        return SetItemStatusesAsync(jobId, [new ItemStatusChange(indexes, status, error, note)], ct);
    }

    /// <inheritdoc />
    public async Task SetItemStatusesAsync(string jobId, IReadOnlyList<ItemStatusChange> changes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await ItemsStoredAsync(jobId, changes.SelectMany(c => c.Indexes), ct);
        var at = ToDb(Time.GetUtcNow());
        var statements = changes.Sum(c => (c.Indexes.Count + IndexesPerStatement - 1) / IndexesPerStatement);
        await WriteAsync(statements > 1, async (connection, tx) =>
        {
            foreach (var change in changes)
            {
                foreach (var chunk in change.Indexes.Chunk(IndexesPerStatement))
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        $"UPDATE items SET status = @Status, error = @Error, note = coalesce(@Note, note), updated_at = @At WHERE job_id = @JobId AND {IndexIsOneOfIndexes}",
                        new { Status = change.Status.ToString(), change.Error, change.Note, At = at, JobId = jobId, Indexes = IndexesParameter(chunk) },
                        tx, cancellationToken: ct));
                }
            }

            return 0;
        }, ct);
    }

    /// <inheritdoc />
    public Task UpdateJobAsync(BulkJob job, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        return WriteAsync(transaction: false, async (connection, tx) =>
        {
            var updated = await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE jobs SET status = @Status, finished_at = @FinishedAt, calls = @Calls, http429 = @Http429, error = @Error WHERE id = @Id",
                new { Status = job.Status.ToString(), FinishedAt = job.FinishedAt is { } f ? ToDb(f) : null, job.Calls, job.Http429, job.Error, job.Id },
                tx, cancellationToken: ct));
            return updated == 0 ? throw new InvalidOperationException($"Job {job.Id} is not in the journal.") : 0;
        }, ct);
    }

    /// <inheritdoc />
    public async Task<BulkJob?> GetJobAsync(string jobId, CancellationToken ct = default)
    {
        await ItemsStoredAsync(jobId, null, ct);
        return (await QueryJobsAsync("WHERE j.id = @Id", "", new { Id = jobId }, ct)).SingleOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BulkJob>> ListJobsAsync(int limit = 100, string? org = null, CancellationToken ct = default)
    {
        await ItemsStoredAsync(null, null, ct);
        return await QueryJobsAsync(org is null ? "" : "WHERE j.org = @Org", $"ORDER BY j.created_at DESC, {InsertionOrder} DESC LIMIT @Limit",
            new { Org = org, Limit = limit }, ct);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BulkJobItem>> GetItemsAsync(string jobId, CancellationToken ct = default)
    {
        await ItemsStoredAsync(jobId, null, ct);
        await using var connection = await OpenAsync(ct);
        var rows = await connection.QueryAsync<ItemRow>(new CommandDefinition(
            $"SELECT {ItemColumns} FROM items WHERE job_id = @JobId ORDER BY idx", new { JobId = jobId }, cancellationToken: ct));
        return [.. rows.Select(r => r.ToItem())];
    }

    /// <inheritdoc />
    public Task<JobLeaseClaim> TryClaimLeaseAsync(string jobId, string holder, string token, DateTimeOffset now, DateTimeOffset until,
        CancellationToken ct = default) =>
        WriteAsync(transaction: true, async (connection, tx) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO job_leases (job_id) VALUES (@JobId) ON CONFLICT (job_id) DO NOTHING", new { JobId = jobId }, tx, cancellationToken: ct));
            var lease = await connection.QuerySingleOrDefaultAsync<LeaseRow>(new CommandDefinition(
                $"SELECT holder AS Holder, token AS Token, expires_at AS ExpiresAt FROM job_leases WHERE job_id = @JobId {LockLeaseRow}",
                new { JobId = jobId }, tx, cancellationToken: ct));
            if (lease is null) return new JobLeaseClaim(false, null, null);
            if (lease.Token is not null && lease.Token != token && ReadTime(lease.ExpiresAt!) > now)
                return new JobLeaseClaim(false, lease.Holder, ReadTime(lease.ExpiresAt!));

            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE job_leases SET holder = @Holder, token = @Token, expires_at = @Until, claimed_at = @Now WHERE job_id = @JobId",
                new { Holder = holder, Token = token, Until = ToDb(until), Now = ToDb(now), JobId = jobId }, tx, cancellationToken: ct));
            return JobLeaseClaim.Granted;
        }, ct);

    /// <inheritdoc />
    public Task<bool> RenewLeaseAsync(string jobId, string token, DateTimeOffset until, CancellationToken ct = default) =>
        WriteAsync(transaction: false, async (connection, tx) => await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE job_leases SET expires_at = @Until WHERE job_id = @JobId AND token = @Token",
            new { Until = ToDb(until), JobId = jobId, Token = token }, tx, cancellationToken: ct)) == 1, ct);

    /// <inheritdoc />
    public Task ReleaseLeaseAsync(string jobId, string token, CancellationToken ct = default) =>
        WriteAsync(transaction: false, async (connection, tx) => await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE job_leases SET holder = NULL, token = NULL, expires_at = NULL WHERE job_id = @JobId AND token = @Token",
            new { JobId = jobId, Token = token }, tx, cancellationToken: ct)), ct);

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the connection pool or gate of the dialect.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>An open connection to a journal whose schema is up to date.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>
    /// Stores a new job's items in the job's transaction: all of them as rows, or the first as rows and the rest in one
    /// durable record that becomes rows after the transaction, by the action returned (run once the transaction commits).
    /// </summary>
    protected abstract Task<Action?> InsertItemsAsync(DbConnection connection, DbTransaction tx, string jobId, IReadOnlyList<BulkJobItem> items,
        CancellationToken ct);

    /// <summary>
    /// Returns when the rows of a job's items are stored: those of <paramref name="indexes"/>, or all of them (null); every
    /// job's when <paramref name="jobId"/> is null. Immediately unless the dialect stores rows after the job's transaction.
    /// </summary>
    protected virtual Task ItemsStoredAsync(string? jobId, IEnumerable<int>? indexes, CancellationToken ct) => Task.CompletedTask;

    /// <summary>A time as the dialect stores it.</summary>
    protected abstract object ToDb(DateTimeOffset value);

    /// <summary>
    /// Runs <paramref name="write"/> in one committed transaction, or (<paramref name="transaction"/> false, for a
    /// single statement, which is atomic on its own) without one: a round trip less per write on a server.
    /// </summary>
    protected virtual async Task<T> WriteAsync<T>(bool transaction, Func<DbConnection, DbTransaction?, Task<T>> write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await OpenAsync(ct);
        if (!transaction) return await write(connection, null);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var result = await write(connection, tx);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>A stored time (ISO 8601 text or a UTC timestamp) as a <see cref="DateTimeOffset"/>.</summary>
    protected static DateTimeOffset ReadTime(object value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ => throw new InvalidCastException($"Unexpected journal time value of type {value.GetType().Name}."),
    };

    private async Task<IReadOnlyList<BulkJob>> QueryJobsAsync(string where, string tail, object parameters, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        var rows = await connection.QueryAsync<JobRow>(new CommandDefinition($"""
            SELECT {JobColumns}
            FROM jobs j LEFT JOIN items i ON i.job_id = j.id LEFT JOIN job_leases l ON l.job_id = j.id AND l.token IS NOT NULL
            {where}
            GROUP BY j.id, l.holder, l.expires_at
            {tail}
            """, parameters, cancellationToken: ct));
        return [.. rows.Select(r => r.ToJob())];
    }

    // Dapper fills these by column alias; times arrive as text (SQLite) or DateTime (PostgreSQL).
    private sealed class JobRow
    {
        public string Id { get; set; } = "";
        public string Operation { get; set; } = "";
        public string TargetId { get; set; } = "";
        public string TargetName { get; set; } = "";
        public double? Proficiency { get; set; }
        public string? RequestedBy { get; set; }
        public string? UndoOf { get; set; }
        public string Resolution { get; set; } = "";
        public string Status { get; set; } = "";
        public object CreatedAt { get; set; } = "";
        public object? FinishedAt { get; set; }
        public int Calls { get; set; }
        public int Http429 { get; set; }
        public string? Error { get; set; }
        public string? Org { get; set; }
        public int ItemCount { get; set; }
        public int ChangeCount { get; set; }
        public int AppliedCount { get; set; }
        public int FailedCount { get; set; }
        public int UnfinishedCount { get; set; }
        public string? LeaseHolder { get; set; }
        public object? LeaseExpiresAt { get; set; }

        public BulkJob ToJob() => new(Id, Enum.Parse<BulkOperation>(Operation), TargetId, TargetName, ReadTime(CreatedAt))
        {
            Proficiency = Proficiency,
            RequestedBy = RequestedBy,
            UndoOfJobId = UndoOf,
            Resolution = Enum.Parse<ResolutionStrategy>(Resolution),
            Status = Enum.Parse<BulkJobStatus>(Status),
            FinishedAt = FinishedAt is null ? null : ReadTime(FinishedAt),
            Calls = Calls,
            Http429 = Http429,
            Error = Error,
            Org = Org,
            ItemCount = ItemCount,
            ChangeCount = ChangeCount,
            AppliedCount = AppliedCount,
            FailedCount = FailedCount,
            UnfinishedCount = UnfinishedCount,
            LeaseHolder = LeaseHolder,
            LeaseExpiresAt = LeaseExpiresAt is null ? null : ReadTime(LeaseExpiresAt),
        };
    }

    private sealed class ItemRow
    {
        public string JobId { get; set; } = "";
        public int Index { get; set; }
        public string Identifier { get; set; } = "";
        public string? UserId { get; set; }
        public string? UserName { get; set; }
        public string Action { get; set; } = "";
        public bool WasPresent { get; set; }
        public double? ProficiencyBefore { get; set; }
        public double? Proficiency { get; set; }
        public string Status { get; set; } = "";
        public string? Note { get; set; }
        public string? Error { get; set; }
        public object UpdatedAt { get; set; } = "";
        public int? Line { get; set; }
        public int? RingNumberBefore { get; set; }
        public int? RingNumber { get; set; }
        public string? TargetId { get; set; }

        public BulkJobItem ToItem() => new(JobId, Index, Identifier, UserId, Enum.Parse<BulkItemAction>(Action), Enum.Parse<BulkItemStatus>(Status))
        {
            UserName = UserName,
            WasPresent = WasPresent,
            ProficiencyBefore = ProficiencyBefore,
            Proficiency = Proficiency,
            Note = Note,
            Error = Error,
            UpdatedAt = ReadTime(UpdatedAt),
            Line = Line,
            RingNumberBefore = RingNumberBefore,
            RingNumber = RingNumber,
            TargetId = TargetId,
        };
    }

    private sealed class LeaseRow
    {
        public string? Holder { get; set; }
        public string? Token { get; set; }
        public object? ExpiresAt { get; set; }
    }
}
