using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDeskBot.Migrations.Sqlite.ServiceDesk
{
    /// <inheritdoc />
    public partial class DocumentReviewAndSupersession : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ApprovedRevision",
                table: "CorpusDocuments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupersededById",
                table: "CorpusDocuments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtractedRepeals",
                table: "CorpusDocumentRevisions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewFlags",
                table: "CorpusDocumentRevisions",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            // Uploads kept before source kinds applied to them are official documents, as new uploads are.
            migrationBuilder.Sql("UPDATE \"CorpusDocuments\" SET \"SourceKind\" = 'official' WHERE \"IsSeed\" = 0 AND \"SourceKind\" IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApprovedRevision",
                table: "CorpusDocuments");

            migrationBuilder.DropColumn(
                name: "SupersededById",
                table: "CorpusDocuments");

            migrationBuilder.DropColumn(
                name: "ExtractedRepeals",
                table: "CorpusDocumentRevisions");

            migrationBuilder.DropColumn(
                name: "ReviewFlags",
                table: "CorpusDocumentRevisions");
        }
    }
}
