using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDeskBot.Migrations.Sqlite.ServiceDesk
{
    /// <inheritdoc />
    public partial class CorpusWordListsApiKeysAskPublicIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentHash",
                table: "CorpusDocuments",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "CurrentRevision",
                table: "CorpusDocuments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "DeletedAt",
                table: "CorpusDocuments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IssuedOn",
                table: "CorpusDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PassageCount",
                table: "CorpusDocuments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SourceKind",
                table: "CorpusDocuments",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "After",
                table: "AuditLog",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Before",
                table: "AuditLog",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicId",
                table: "AskLog",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CorpusDocumentRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    ExtractedTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExtractedDocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExtractedIssuingBody = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExtractedIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtractedEffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtractedExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorpusDocumentRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorpusDocumentRevisions_CorpusDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "CorpusDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WordLists",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WordLists", x => x.Name);
                });

            // Rows written before public ids existed get unique ones (never handed to a citizen, so they need not be random).
            migrationBuilder.Sql("UPDATE \"AskLog\" SET \"PublicId\" = 'legacy-' || \"Id\" WHERE \"PublicId\" = '';");

            migrationBuilder.CreateIndex(
                name: "IX_AskLog_PublicId",
                table: "AskLog",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_KeyHash",
                table: "ApiKeys",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CorpusDocumentRevisions_DocumentId_Number",
                table: "CorpusDocumentRevisions",
                columns: new[] { "DocumentId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "CorpusDocumentRevisions");

            migrationBuilder.DropTable(
                name: "WordLists");

            migrationBuilder.DropIndex(
                name: "IX_AskLog_PublicId",
                table: "AskLog");

            migrationBuilder.DropColumn(
                name: "ContentHash",
                table: "CorpusDocuments");

            migrationBuilder.DropColumn(
                name: "CurrentRevision",
                table: "CorpusDocuments");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "CorpusDocuments");

            migrationBuilder.DropColumn(
                name: "IssuedOn",
                table: "CorpusDocuments");

            migrationBuilder.DropColumn(
                name: "PassageCount",
                table: "CorpusDocuments");

            migrationBuilder.DropColumn(
                name: "SourceKind",
                table: "CorpusDocuments");

            migrationBuilder.DropColumn(
                name: "After",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "Before",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "PublicId",
                table: "AskLog");
        }
    }
}
