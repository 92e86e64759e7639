namespace SpatialPlan.Core.Features;

/// <summary>
/// Why a store could not answer for now, in words any store can use: the web layer turns each into 503 with
/// Retry-After without knowing which store (or database driver) is behind it.
/// </summary>
public enum StoreFault
{
    /// <summary>The store cannot be reached (a database down, restarting, or a lost connection).</summary>
    Unavailable,

    /// <summary>The store did not answer in time (a statement past its timeout, no pooled connection in time).</summary>
    Timeout,

    /// <summary>The server is answering as many store requests as it can; the request was not started.</summary>
    Saturated,

    /// <summary>The store's storage is full (a disk with no space left): the write was refused whole and nothing of it
    /// was kept. Unlike the others it does not pass with time alone; the next write after space is freed succeeds.</summary>
    StorageFull,
}

/// <summary>Tells a store's own failures that pass with time (<see cref="StoreFault"/>) from real errors. Each store
/// registers one; the web layer's exception handler asks it.</summary>
public interface IStoreFaultClassifier
{
    /// <summary>The fault behind <paramref name="exception"/> (or one of its inner exceptions), or null for an error
    /// that retrying will not cure (bad SQL, a constraint violation, a bug).</summary>
    StoreFault? Classify(Exception exception);
}

/// <summary>Thrown instead of starting a store call when the store's bulkhead is full.</summary>
public sealed class StoreSaturatedException() : Exception("The store is answering as many requests as it can.");
