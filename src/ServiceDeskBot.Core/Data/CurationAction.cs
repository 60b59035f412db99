namespace ServiceDeskBot.Core.Data;

/// <summary>What an admin did to an item; recorded on each revision and audit entry.</summary>
public enum CurationAction
{
    Create,
    Edit,
    Enable,
    Disable,
    Delete,
    Rollback,
    Import,

    /// <summary>A document's file replaced by a new version.</summary>
    Replace,

    /// <summary>Review items handled without a curated answer.</summary>
    Dismiss,

    /// <summary>An API key withdrawn.</summary>
    Revoke,

    /// <summary>An API key used for a write.</summary>
    Use,

    /// <summary>A flagged document approved for quoting.</summary>
    Approve,

    /// <summary>A handoff ticket taken by a staff member.</summary>
    Claim,

    /// <summary>A note (what was done or told the citizen) added to a handoff ticket.</summary>
    Note,

    /// <summary>A handoff ticket closed.</summary>
    Close,

    /// <summary>Rows older than the retention period removed.</summary>
    Purge,

    /// <summary>Rows exported for a date range.</summary>
    Export,

    /// <summary>A member of staff signed in.</summary>
    SignIn,

    /// <summary>A sign-in was refused (wrong password, unknown or locked account, no role at the identity provider).</summary>
    SignInFailed,

    /// <summary>A member of staff signed out (every session of the account ends with it).</summary>
    SignOut,

    /// <summary>The search index rebuilt from the database on an admin's request.</summary>
    Rebuild,

    /// <summary>Pending database migrations applied by an operator.</summary>
    Migrate,
}
