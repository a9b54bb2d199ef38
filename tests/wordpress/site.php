<?php
// Drives the test WordPress from the command line, as an administrator
// would through wp-admin; prints JSON.
//   php site.php install            installs the site once (idempotent)
//   php site.php plugin <zip>       installs and activates the plugin from the zip
//   php site.php posts              creates the test posts; prints their ids
//   php site.php options            the options whose name mentions the plugin
//   php site.php uninstall          deactivates and deletes the plugin
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', 'install' === ( $argv[1] ?? '' ) );
require '/usr/share/wordpress/wp-load.php';
// No mail on a test machine (wp_install would mail the admin).
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$command = $argv[1] ?? '';
$out     = array();
switch ( $command ) {
	case 'install':
		if ( ! is_blog_installed() ) {
			wp_install( 'Partner site', 'admin', 'admin@example.org', false, '', 'kts-admin-password' );
			update_option( 'template', 'twentytwentythree' );
			update_option( 'stylesheet', 'twentytwentythree' );
		}
		$out['installed'] = is_blog_installed();
		break;
	case 'plugin':
		WP_Filesystem();
		$dir = WP_PLUGIN_DIR . '/know-the-signs';
		if ( is_dir( $dir ) ) {
			deactivate_plugins( 'know-the-signs/know-the-signs.php', true );
			$GLOBALS['wp_filesystem']->delete( $dir, true );
		}
		$result = unzip_file( $argv[2], WP_PLUGIN_DIR );
		if ( is_wp_error( $result ) ) {
			fwrite( STDERR, $result->get_error_message() . "\n" );
			exit( 1 );
		}
		$result = activate_plugin( 'know-the-signs/know-the-signs.php' );
		$out['active'] = ! is_wp_error( $result ) && is_plugin_active( 'know-the-signs/know-the-signs.php' );
		$out['version'] = get_plugin_data( $dir . '/know-the-signs.php' )['Version'];
		break;
	case 'posts':
		wp_set_current_user( 1 );
		$publish = function ( $title, $content, $author = 1 ) {
			return wp_insert_post( array( 'post_title' => $title, 'post_content' => $content, 'post_status' => 'publish', 'post_author' => $author ), true );
		};
		$out['block']     = $publish( 'Block', "<!-- wp:paragraph -->\n<p>Before the widget.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:know-the-signs/widget {\"region\":\"US-NY\",\"lang\":\"es\",\"layout\":\"banner\"} /-->\n\n<!-- wp:paragraph -->\n<p>After the widget.</p>\n<!-- /wp:paragraph -->" );
		$out['shortcode'] = $publish( 'Shortcode', "Before the widget.\n\n[know_the_signs region=\"US-CO\" lang=\"en\"]\n\nAfter the widget." );
		$out['plain']     = $publish( 'No widget', 'Nothing to see here.' );
		// An Author cannot post unfiltered HTML: their content goes through
		// kses when saved, as it would from the editor.
		$author = username_exists( 'author' ) ?: wp_create_user( 'author', 'kts-author-password', 'author@example.org' );
		( new WP_User( $author ) )->set_role( 'author' );
		wp_set_current_user( $author );
		kses_init();
		$out['author_can_unfiltered_html'] = current_user_can( 'unfiltered_html' );
		$out['author']  = $publish( 'By an author', "<p>Before.</p>\n[know_the_signs region=\"us-sd\" quick_exit=\"on\"]\n<script>alert(1)</script><p>After.</p>", $author );
		$out['hostile'] = $publish( 'Bad values', '[know_the_signs region="US-ZZ" lang="xx" layout="<b>" accent="red;background:url(x)" quick_exit="javascript:alert(1)" heading_level="9"]', $author );
		$out['author_content'] = get_post( $out['author'] )->post_content;
		break;
	case 'options':
		global $wpdb;
		$out['options'] = $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%know%signs%' OR option_name LIKE '%kts%'" );
		break;
	case 'uninstall':
		deactivate_plugins( 'know-the-signs/know-the-signs.php', true );
		WP_Filesystem();
		$result      = delete_plugins( array( 'know-the-signs/know-the-signs.php' ) );
		$out['deleted'] = true === $result;
		$out['folder']  = is_dir( WP_PLUGIN_DIR . '/know-the-signs' );
		break;
	default:
		fwrite( STDERR, "usage: php site.php install|plugin <zip>|posts|options|uninstall\n" );
		exit( 2 );
}
echo wp_json_encode( $out ), "\n";
