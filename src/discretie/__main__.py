from discretie.cli import main

raise SystemExit(main())
