<?php
/**
 * Know the Signs stores nothing: no option, no table, no file outside its
 * own folder, so uninstalling only has WordPress delete that folder. This
 * file says so, and stops a direct request.
 */
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
