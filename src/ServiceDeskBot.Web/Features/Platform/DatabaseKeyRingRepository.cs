using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>
/// The Data Protection key ring in the installation's database, so every node of it reads and writes one ring: a
/// cookie or antiforgery token one node issued, every other node accepts. Data Protection reads the ring at start and
/// again when it meets a key it does not know (one another node has just created).
/// </summary>
internal sealed class DatabaseKeyRingRepository(IDbContextFactory<InstallationDbContext> contexts) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return db.KeyRing.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Xml).ToList().Select(x => XElement.Parse(x)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var db = contexts.CreateDbContext();
        db.KeyRing.Add(new KeyRingElement { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
