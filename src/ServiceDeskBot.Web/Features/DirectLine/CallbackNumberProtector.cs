using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Keeps callback numbers encrypted with the installation's key ring (the one that signs the staff cookie), so the
/// database, its backups and every export hold them only as ciphertext or masked; only the staff member a ticket is
/// assigned to reads one in clear.
/// </summary>
public sealed class CallbackNumberProtector(IDataProtectionProvider provider, PiiMasker masker)
{
    private readonly IDataProtector _protector = provider.CreateProtector("ServiceDeskBot.HandoffTicket.CallbackNumber.v1");

    public string Protect(CallbackNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return _protector.Protect(number.Digits);
    }

    /// <summary>The number as every view but the assignee's shows it: 138****5678, 0371-****5678.</summary>
    public string Mask(CallbackNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var masked = masker.Mask(number.Display);
        // The masker knows every number the reader accepts; should a format slip through, nothing but its ends shows.
        return masked != number.Display ? masked : number.Digits[..3] + new string('*', number.Digits.Length - 7) + number.Digits[^4..];
    }

    /// <summary>The number in clear, or null when the ciphertext is not this installation's (another key ring).</summary>
    public CallbackNumber? Reveal(string? protectedNumber)
    {
        if (string.IsNullOrEmpty(protectedNumber))
        {
            return null;
        }

        try
        {
            return new CallbackNumber(_protector.Unprotect(protectedNumber));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
