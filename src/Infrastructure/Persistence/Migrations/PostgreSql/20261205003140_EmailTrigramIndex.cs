using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// A trigram index on the bar-separated email column, so <c>emails eq</c> / <c>emails.value eq</c> is an index scan
    /// instead of a scan of the company's users. PostgreSQL only (pg_trgm is a trusted contrib extension); SQLite keeps
    /// its scan. Not in the EF model: EF has no index method per provider, and it never drops an index it does not know.
    /// </summary>
    public partial class EmailTrigramIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_users_normalized_emails_trgm ON users USING gin (normalized_emails gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_users_normalized_emails_trgm;");
        }
    }
}
