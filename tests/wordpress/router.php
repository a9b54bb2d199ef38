<?php
// The router of PHP's built-in server for the test site: Debian keeps
// wp-content in /var/lib/wordpress (its Apache config aliases it), the rest
// of WordPress in /usr/share/wordpress (the server's document root).
$path = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( 0 === strpos( $path, '/wp-content/' ) ) {
	$file = realpath( '/var/lib/wordpress' . $path );
	if ( false === $file || ! is_file( $file ) || '.php' === substr( $file, -4 ) ) {
		http_response_code( 404 );
		return true;
	}
	$types = array(
		'js'    => 'text/javascript',
		'css'   => 'text/css',
		'wasm'  => 'application/wasm',
		'html'  => 'text/html; charset=utf-8',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'woff2' => 'font/woff2',
	);
	$ext = pathinfo( $file, PATHINFO_EXTENSION );
	header( 'Content-Type: ' . ( isset( $types[ $ext ] ) ? $types[ $ext ] : 'application/octet-stream' ) );
	readfile( $file );
	return true;
}
if ( '/' !== $path && is_file( '/usr/share/wordpress' . $path ) ) {
	return false;
}
require '/usr/share/wordpress/index.php';
