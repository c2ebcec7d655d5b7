# The two commands a newcomer needs (see README.md):
#   make start   serve the portal on embedded defaults at http://localhost:7007
#   make test    type-check, lint, unit, integration (PostgreSQL) and browser tests
# Both bootstrap the toolchain themselves (scripts/bootstrap.sh).
.PHONY: start test dev lint bench clean

start:
	@bash scripts/start.sh

test:
	@bash scripts/test.sh

# Contributors: hot-reloading frontend on :3000, backend on :7007.
dev:
	@bash scripts/dev.sh

clean:
	rm -rf .data packages/app/dist packages/backend/dist dist-types e2e-test-results e2e-test-report
