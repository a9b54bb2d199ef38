#!/usr/bin/env bash
# Starts a real WordPress for tests/e2e/wordpress.test.mjs, idempotently:
# Debian's wordpress (6.1) on PHP 8.2's built-in server, with MariaDB.
# tests/setup.sh installs the packages; this starts MariaDB if it is not
# running, creates the test database and user once, writes the site's
# Debian config file, and installs the site once (site.php install).
#   tests/wordpress/start.sh <port>
set -euo pipefail
cd "$(dirname "$0")"
PORT=${1:?usage: start.sh <port>}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! as_root mysqladmin status >/dev/null 2>&1; then
  as_root service mariadb start >/dev/null
fi
as_root mysql -e "CREATE DATABASE IF NOT EXISTS kts_wordpress; CREATE USER IF NOT EXISTS 'kts'@'localhost' IDENTIFIED BY 'kts-test'; GRANT ALL ON kts_wordpress.* TO 'kts'@'localhost';"

# Debian's wp-config.php reads /etc/wordpress/config-<host>.php.
config=/etc/wordpress/config-127.0.0.1.php
want=$(cat <<PHP
<?php
// The test site of tests/wordpress (written by start.sh).
define('DB_NAME', 'kts_wordpress');
define('DB_USER', 'kts');
define('DB_PASSWORD', 'kts-test');
define('DB_HOST', 'localhost');
define('WP_HOME', 'http://127.0.0.1:$PORT');
define('WP_SITEURL', 'http://127.0.0.1:$PORT');
define('WP_CONTENT_URL', 'http://127.0.0.1:$PORT/wp-content');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
PHP
)
if [ "$(as_root cat "$config" 2>/dev/null)" != "$want" ]; then
  printf '%s\n' "$want" | as_root tee "$config" >/dev/null
fi
php site.php install
