<?php
/**
 * Plugin Name:       Know the Signs
 * Description:       The reporting line for child abuse and child sex trafficking in each US state, and 911, as a block and a shortcode; then the signs and how to report. No tracking, nothing from another site.
 * Version:           @@VERSION@@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       know-the-signs
 *
 * The widget's files are in assets/ and served from this site. Form B (the
 * element with its own links, which show with JavaScript off) is written on
 * the server from data.php, which the build generates from the widget's
 * content: no number is typed here.
 */

defined( 'ABSPATH' ) || exit;

/** The generated data (data.php): options, region names, links, reservations. */
function know_the_signs_data() {
	static $data = null;
	if ( null === $data ) {
		$data = require __DIR__ . '/data.php';
	}
	return $data;
}

/**
 * The options, checked as the widget checks its attributes: a bad value
 * becomes the default (an unknown region the national lines), never an
 * error. Keys are the attribute names; the defaults are left out, as the
 * builder's snippet leaves them out (region and lang always stay).
 *
 * @param array $given Attribute name (or its camel-case or snake-case key) => value.
 * @return array
 */
function know_the_signs_options( $given ) {
	$data  = know_the_signs_data();
	$value = function ( $name ) use ( $given ) {
		$keys = array( $name, str_replace( '-', '_', $name ), lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) ) );
		foreach ( $keys as $key ) {
			if ( isset( $given[ $key ] ) && is_scalar( $given[ $key ] ) && '' !== trim( (string) $given[ $key ] ) ) {
				return trim( (string) $given[ $key ] );
			}
		}
		return null;
	};
	$options = array();

	$region = $value( 'region' );
	if ( null === $region ) {
		$region = $data['default_region'];
	}
	$region            = strtoupper( $region );
	$options['region'] = in_array( $region, $data['regions'], true ) ? $region : $data['national'];

	// Without a language, the site's (es_MX is es) if the widget has it.
	$lang = strtolower( (string) $value( 'lang' ) );
	if ( ! in_array( $lang, $data['langs'], true ) ) {
		$site = strtolower( substr( get_locale(), 0, 2 ) );
		$lang = in_array( $site, $data['langs'], true ) ? $site : 'en';
	}
	$options['lang'] = $lang;

	$layout = strtolower( (string) $value( 'layout' ) );
	if ( in_array( $layout, $data['layouts'], true ) && 'panel' !== $layout ) {
		$options['layout'] = $layout;
	}
	$theme = strtolower( (string) $value( 'theme' ) );
	if ( in_array( $theme, $data['themes'], true ) && 'auto' !== $theme ) {
		$options['theme'] = $theme;
	}
	// The widget itself checks the colour; only the characters of CSS
	// colour syntax pass here.
	$accent = $value( 'accent' );
	if ( null !== $accent && preg_match( '/^[#a-zA-Z0-9(),.%\/ +-]{1,64}$/', $accent ) ) {
		$options['accent'] = $accent;
	}
	$exit = $value( 'quick-exit' );
	if ( null !== $exit ) {
		if ( 'on' === strtolower( $exit ) ) {
			$options['quick-exit'] = 'on';
		} elseif ( 0 === strpos( $exit, 'https://' ) && wp_http_validate_url( $exit ) ) {
			$options['quick-exit'] = $exit;
		}
	}
	$level = $value( 'heading-level' );
	if ( null !== $level && preg_match( '/^[1-6]$/', $level ) && '2' !== $level ) {
		$options['heading-level'] = $level;
	}
	return $options;
}

/**
 * Form B for the options: the element, its reservation, its own links (and
 * quick exit's first), from the generated data, as phrasing content so that
 * it stays whole inside a paragraph. Enqueues the loader.
 *
 * @param array $given The block's or the shortcode's attributes.
 * @return string
 */
function know_the_signs_render( $given ) {
	$data    = know_the_signs_data();
	$options = know_the_signs_options( is_array( $given ) ? $given : array() );
	wp_enqueue_script( 'know-the-signs' );

	$attributes = '';
	foreach ( $options as $name => $value ) {
		$attributes .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$layout = isset( $options['layout'] ) ? $options['layout'] : 'panel';
	$exit   = isset( $options['quick-exit'] ) ? 1 : 0;
	$style  = $data['shapes'][ $layout ][ $options['lang'] ][ $exit ][ $options['region'] ];
	if ( $style >= 0 ) {
		$attributes .= ' style="' . esc_attr( $data['styles'][ $style ] ) . '"';
	}
	$inner = '';
	if ( $exit ) {
		$target = 'on' === $options['quick-exit'] ? $data['neutral_exit'] : $options['quick-exit'];
		$inner .= '<a href="' . esc_url( $target ) . '" rel="nofollow noreferrer">' . esc_html( $data['exit_label'][ $options['lang'] ] ) . '</a><br>';
	}
	$inner .= $data['links'][ $options['lang'] ][ $options['region'] ];
	return '<know-the-signs' . $attributes . '>' . $inner . '</know-the-signs>';
}

/** The loader (registered, and printed only on pages that render the widget). */
function know_the_signs_register() {
	$data = know_the_signs_data();
	wp_register_script( 'know-the-signs', plugins_url( 'assets/embed.js', __FILE__ ), array(), $data['version'], true );
	add_shortcode( 'know_the_signs', 'know_the_signs_render' );
	register_block_type( __DIR__, array( 'render_callback' => 'know_the_signs_render' ) );
	wp_add_inline_script(
		'know-the-signs-widget-editor-script',
		'window.knowTheSignsBlock = ' . wp_json_encode(
			array(
				'names'   => $data['names'],
				'langs'   => $data['langs'],
				'layouts' => $data['layouts'],
				'themes'  => $data['themes'],
			)
		) . ';',
		'before'
	);
}
add_action( 'init', 'know_the_signs_register' );

/** The loader is async, like the snippet's: it never holds the page. */
function know_the_signs_async( $tag, $handle ) {
	return 'know-the-signs' === $handle ? str_replace( ' src=', ' async src=', $tag ) : $tag;
}
add_filter( 'script_loader_tag', 'know_the_signs_async', 10, 2 );

/** The editor's preview is the real widget: the loader upgrades it there too. */
function know_the_signs_editor() {
	wp_enqueue_script( 'know-the-signs' );
}
add_action( 'enqueue_block_editor_assets', 'know_the_signs_editor' );
