"""Sources: what the knowledge base reads, parsed into records — statute versions and their 부칙
(`statutes`), prose documents (`documents/`), the project's knowledge cards (`cards`), the source
manifest (`manifest`) and `kb sync`, which fetches what the manifest lists (`sync`)."""
