#!/usr/bin/env bash
# Deploys the inventory service: checks the web bundle, ships the API and the
# engine to every host of an environment and reloads the service there.
# Usage: scripts/deploy.sh [staging|production]   (run from the repository root)

ENVIRONMENT="${1:-staging}"
ROOT="$(pwd)"
RELEASE="$(date +%Y%m%d%H%M%S)"
RELEASE_DIR=/srv/inventory/releases/$RELEASE
BACKUP_HOST=backup.internal
read -ra HOSTS <<< "${DEPLOY_HOSTS:-inv-1.internal inv-2.internal}"

# shellcheck source=/dev/null
. scripts/deploy.env

echo "deploying release $RELEASE to $ENVIRONMENT (${#HOSTS[@]} hosts)"

cd web
npm ci --ignore-scripts
npm run typecheck
cd "$ROOT" || exit 1

cargo build --release --manifest-path engine/Cargo.toml
aws s3 cp web/src "s3://inventory-assets/$RELEASE/" --recursive

for host in "${HOSTS[@]}"; do
  rsync -az --delete api/ deploy@"$host":$RELEASE_DIR/api/
  rsync -az engine/target/release/ deploy@"$host":"$RELEASE_DIR/engine/"
  ssh deploy@"$host" ln -sfn "$RELEASE_DIR" /srv/inventory/current
  ssh deploy@"$host" sudo systemctl reload inventory-api
done

# keep 30 days of releases on the deploy box
rm -rf $(find /srv/inventory/releases -mindepth 1 -maxdepth 1 -mtime +30)

echo "release $RELEASE is live on $ENVIRONMENT"
