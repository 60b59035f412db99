namespace ServiceDeskBot.Core.Ingestion;

/// <summary>A document's standing on a day, with the document in force that replaces it when there is one.</summary>
/// <param name="Standing">In force, pending, expired, superseded or unavailable.</param>
/// <param name="Document">The document, or null when the catalogue does not know it.</param>
/// <param name="Successor">For <see cref="DocumentStanding.Superseded"/>: the newest document in force that replaces it.</param>
public sealed record DocumentValidity(DocumentStanding Standing, CatalogDocument? Document, CatalogDocument? Successor = null);
