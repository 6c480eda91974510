using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// A GIN index on the email column split into its addresses, so <c>emails eq</c> / <c>emails.value eq</c> is an
    /// exact index lookup (<c>string_to_array(normalized_emails, '|') @&gt; ARRAY[…]</c>) however large the company.
    /// PostgreSQL only; SQLite keeps its scan. Not in the EF model: EF has no expression indexes, and it never drops an
    /// index it does not know.
    /// </summary>
    public partial class EmailValuesIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_users_email_values ON users USING gin (string_to_array(normalized_emails, '|'));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_users_email_values;");
        }
    }
}
