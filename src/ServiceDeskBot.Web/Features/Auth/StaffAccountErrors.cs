using Microsoft.AspNetCore.Identity;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>Identity's refusals of a user name or password, in the Chinese the admin pages speak.</summary>
internal static class StaffAccountErrors
{
    public static string Describe(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "密码至少需要 10 个字符",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "密码需要至少一个数字",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "密码至少需要 4 个不同的字符",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "密码需要至少一个小写字母",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "密码需要至少一个大写字母",
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "密码需要至少一个符号",
        nameof(IdentityErrorDescriber.DuplicateUserName) => "该用户名已被使用",
        nameof(IdentityErrorDescriber.InvalidUserName) => "用户名只能包含字母、数字和 -._@+",
        _ => "账号信息不符合要求（" + error.Code + "）",
    };
}
