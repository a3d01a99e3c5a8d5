<?php
/**
 * The one option, haven_widgets_settings: its defaults, how every value in it is cleaned,
 * and what the widgets take from it (theme, language, accent colour).
 *
 * The cleaning functions here are shared by the settings page, the blocks and the
 * shortcodes, so a value is checked the same way wherever it comes from.
 *
 * @package HavenWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widgets' locales: a locale file ships for each but English, which is built in.
 */
const HAVEN_WIDGETS_LOCALES = array( 'en', 'es', 'fr', 'de', 'pt', 'ar' );

/**
 * What the helplines widget reads for a line (src/components/helplines/helplines-content.ts).
 */
const HAVEN_WIDGETS_HELPLINE_FIELDS = array( 'name', 'description', 'phone', 'sms', 'keyword', 'chat', 'web', 'hours', 'languages', 'region' );

/**
 * The settings as saved, filled with defaults.
 *
 * @return array
 */
function haven_widgets_defaults() {
	return array(
		'helplines'        => array(),
		'emergency_number' => '',
		'exit_enabled'     => false,
		'exit_href'        => '',
		'exit_safety_href' => '',
		'exit_shortcut'    => true,
		'theme'            => 'site',
		'accent'           => '',
		'language'         => '',
	);
}

/**
 * The settings, every key present.
 *
 * @return array
 */
function haven_widgets_settings() {
	$saved = get_option( 'haven_widgets_settings', array() );
	return array_merge( haven_widgets_defaults(), is_array( $saved ) ? $saved : array() );
}

/**
 * One line of plain text.
 *
 * @param mixed $value Anything.
 * @return string
 */
function haven_widgets_text( $value ) {
	return is_scalar( $value ) ? sanitize_text_field( (string) $value ) : '';
}

/**
 * Plain text that may keep its line breaks.
 *
 * @param mixed $value Anything.
 * @return string
 */
function haven_widgets_textarea( $value ) {
	return is_scalar( $value ) ? sanitize_textarea_field( (string) $value ) : '';
}

/**
 * A phone number as people write it ("0808 2000 247", "+1 (800) 799-7233"), kept as written
 * when it holds 2 to 15 digits, as the widget's own check does; anything else gives ''.
 *
 * @param mixed $value Anything.
 * @return string
 */
function haven_widgets_phone( $value ) {
	$value   = haven_widgets_text( $value );
	$compact = preg_replace( '/[\s().-]/', '', $value );
	return preg_match( '/^\+?\d{2,15}$/', $compact ) ? $value : '';
}

/**
 * A full http(s) address. One starting with a single "/" is taken as a page of this site;
 * one without a scheme ("example.org") gets "http://", as WordPress's own link fields do.
 * `javascript:` and every other scheme give ''.
 *
 * @param mixed $value Anything.
 * @return string
 */
function haven_widgets_url( $value ) {
	$value = is_scalar( $value ) ? trim( (string) $value ) : '';
	if ( '' === $value ) {
		return '';
	}
	if ( '/' === $value[0] && ( ! isset( $value[1] ) || '/' !== $value[1] ) ) {
		$value = home_url( $value );
	}
	$url = esc_url_raw( $value, array( 'http', 'https' ) );
	return preg_match( '#^https?://[^/?\#\s]+#i', $url ) ? $url : '';
}

/**
 * One of `$allowed`, else `$fallback`.
 *
 * @param mixed  $value    Anything.
 * @param array  $allowed  The values allowed.
 * @param string $fallback What to use otherwise.
 * @return string
 */
function haven_widgets_enum( $value, array $allowed, $fallback ) {
	return is_string( $value ) && in_array( $value, $allowed, true ) ? $value : $fallback;
}

/**
 * A helpline with the helplines widget's fields, or null when it has no name. A phone, text
 * number or link that is not one is left out, and its field named in `$problems`.
 *
 * @param mixed $raw      A helpline from the settings, a block or a shortcode.
 * @param array $problems Filled with the names of the fields left out.
 * @return array|null
 */
function haven_widgets_clean_helpline( $raw, &$problems = array() ) {
	if ( ! is_array( $raw ) ) {
		return null;
	}
	$line = array();
	foreach ( HAVEN_WIDGETS_HELPLINE_FIELDS as $field ) {
		$value = isset( $raw[ $field ] ) ? $raw[ $field ] : '';
		if ( 'languages' === $field && is_array( $value ) ) {
			$value = implode( ', ', array_filter( array_map( 'haven_widgets_text', $value ) ) );
		}
		switch ( $field ) {
			case 'description':
				$clean = haven_widgets_textarea( $value );
				break;
			case 'phone':
			case 'sms':
				$clean = haven_widgets_phone( $value );
				break;
			case 'chat':
			case 'web':
				$clean = haven_widgets_url( $value );
				break;
			default:
				$clean = haven_widgets_text( $value );
		}
		if ( '' === $clean && is_scalar( $value ) && '' !== trim( (string) $value ) ) {
			$problems[] = $field;
		}
		$line[ $field ] = $clean;
	}
	return '' === $line['name'] ? null : $line;
}

/**
 * A list of helplines, those without a name left out.
 *
 * @param mixed $list Anything.
 * @return array
 */
function haven_widgets_clean_helplines( $list ) {
	$lines = array();
	foreach ( is_array( $list ) ? $list : array() as $raw ) {
		$line = haven_widgets_clean_helpline( $raw );
		if ( $line ) {
			$lines[] = $line;
		}
	}
	return array_slice( $lines, 0, 200 );
}

/**
 * A notice on the settings page (add_settings_error() exists in the admin only).
 *
 * @param string $setting The option.
 * @param string $code    The notice's id.
 * @param string $message What to say.
 * @param string $type    error or warning.
 */
function haven_widgets_settings_error( $setting, $code, $message, $type = 'error' ) {
	if ( function_exists( 'add_settings_error' ) ) {
		add_settings_error( $setting, $code, $message, $type );
	}
}

/**
 * Sanitises the settings page's form (the Settings API's sanitize_callback). What cannot be
 * kept is said in a notice on the page, by helpline and field.
 *
 * @param mixed $input The submitted option.
 * @return array
 */
function haven_widgets_sanitize_settings( $input ) {
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$clean = haven_widgets_defaults();

	$labels = array(
		'phone' => __( 'phone number', 'haven-widgets' ),
		'sms'   => __( 'text (SMS) number', 'haven-widgets' ),
		'chat'  => __( 'chat link', 'haven-widgets' ),
		'web'   => __( 'website', 'haven-widgets' ),
	);
	$rows   = isset( $input['helplines'] ) && is_array( $input['helplines'] ) ? array_values( $input['helplines'] ) : array();
	foreach ( $rows as $i => $row ) {
		if ( ! is_array( $row ) || ! empty( $row['remove'] ) ) {
			continue;
		}
		$filled = array_filter( array_map( 'haven_widgets_text', array_intersect_key( $row, array_flip( HAVEN_WIDGETS_HELPLINE_FIELDS ) ) ) );
		if ( ! $filled ) {
			continue;
		}
		$problems = array();
		$line     = haven_widgets_clean_helpline( $row, $problems );
		if ( ! $line ) {
			haven_widgets_settings_error(
				'haven_widgets_settings',
				'haven-widgets-helpline-' . $i,
				/* translators: %d: the helpline's position in the list. */
				sprintf( __( 'Helpline %d has no name, so it was not saved.', 'haven-widgets' ), $i + 1 )
			);
			continue;
		}
		foreach ( $problems as $field ) {
			haven_widgets_settings_error(
				'haven_widgets_settings',
				'haven-widgets-helpline-' . $i . '-' . $field,
				sprintf(
					/* translators: 1: what was wrong (a phone number, a website), 2: the helpline's name. */
					__( 'The %1$s of “%2$s” is not one, so it was left out. Numbers hold 2 to 15 digits; links start with https://.', 'haven-widgets' ),
					isset( $labels[ $field ] ) ? $labels[ $field ] : $field,
					$line['name']
				)
			);
		}
		$clean['helplines'][] = $line;
	}
	$clean['helplines'] = array_slice( $clean['helplines'], 0, 200 );

	$emergency = isset( $input['emergency_number'] ) ? $input['emergency_number'] : '';
	$clean['emergency_number'] = haven_widgets_phone( $emergency );
	if ( '' === $clean['emergency_number'] && '' !== haven_widgets_text( $emergency ) ) {
		haven_widgets_settings_error( 'haven_widgets_settings', 'haven-widgets-emergency', __( 'The emergency number is not a phone number, so it was left out.', 'haven-widgets' ) );
	}

	$clean['exit_enabled']  = ! empty( $input['exit_enabled'] );
	$clean['exit_shortcut'] = ! empty( $input['exit_shortcut'] );
	foreach ( array( 'exit_href', 'exit_safety_href' ) as $key ) {
		$raw           = isset( $input[ $key ] ) ? $input[ $key ] : '';
		$clean[ $key ] = haven_widgets_url( $raw );
		if ( '' === $clean[ $key ] && '' !== haven_widgets_text( $raw ) ) {
			haven_widgets_settings_error(
				'haven_widgets_settings',
				'haven-widgets-' . $key,
				'exit_href' === $key
					? __( 'The quick exit’s destination is not a web address, so the default (Wikipedia) is used.', 'haven-widgets' )
					: __( 'The safety page is not a web address, so it was left out.', 'haven-widgets' )
			);
		}
	}

	$clean['theme']    = haven_widgets_enum( isset( $input['theme'] ) ? $input['theme'] : '', array( 'site', 'light', 'dark', 'visitor' ), 'site' );
	$clean['language'] = haven_widgets_enum( isset( $input['language'] ) ? $input['language'] : '', HAVEN_WIDGETS_LOCALES, '' );

	$accent = isset( $input['accent'] ) ? trim( haven_widgets_text( $input['accent'] ) ) : '';
	if ( '' !== $accent && '#' !== $accent[0] ) {
		$accent = '#' . $accent;
	}
	$clean['accent'] = (string) sanitize_hex_color( $accent );
	if ( '' === $clean['accent'] && '' !== $accent && '#' !== $accent ) {
		haven_widgets_settings_error( 'haven_widgets_settings', 'haven-widgets-accent', __( 'The accent colour is not a hex colour such as #256a66, so the default is used.', 'haven-widgets' ) );
	} elseif ( '' !== $clean['accent'] ) {
		$dark       = 'dark' === haven_widgets_global_theme( $clean['theme'] );
		$background = $dark ? '#161b1d' : '#ffffff';
		if ( haven_widgets_contrast( $clean['accent'], $background ) < 3 ) {
			haven_widgets_settings_error(
				'haven_widgets_settings',
				'haven-widgets-accent-contrast',
				$dark
					? __( 'The accent colour is hard to see on the widgets’ dark background (contrast under 3:1). Choose a lighter colour.', 'haven-widgets' )
					: __( 'The accent colour is hard to see on the widgets’ light background (contrast under 3:1). Choose a darker colour.', 'haven-widgets' ),
				'warning'
			);
		}
	}

	return $clean;
}

/**
 * A WordPress locale ("es_ES", "pt_BR", "de_DE_formal") as one of the widgets' locales, else
 * English.
 *
 * @param string $wp_locale A WordPress locale.
 * @return string
 */
function haven_widgets_map_locale( $wp_locale ) {
	$parts = preg_split( '/[_-]/', strtolower( (string) $wp_locale ) );
	return in_array( $parts[0], HAVEN_WIDGETS_LOCALES, true ) ? $parts[0] : 'en';
}

/**
 * The widgets' language: the setting, else the site's own language.
 *
 * @return string
 */
function haven_widgets_locale() {
	$chosen = haven_widgets_settings()['language'];
	return in_array( $chosen, HAVEN_WIDGETS_LOCALES, true ) ? $chosen : haven_widgets_map_locale( get_locale() );
}

/**
 * Relative luminance of a #rgb or #rrggbb colour (WCAG), or null for anything else.
 *
 * @param string $hex A colour.
 * @return float|null
 */
function haven_widgets_luminance( $hex ) {
	$hex = ltrim( (string) $hex, '#' );
	if ( 3 === strlen( $hex ) ) {
		$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
	}
	if ( ! preg_match( '/^[0-9a-f]{6}$/i', $hex ) ) {
		return null;
	}
	$l = array();
	foreach ( str_split( $hex, 2 ) as $pair ) {
		$c   = hexdec( $pair ) / 255;
		$l[] = $c <= 0.03928 ? $c / 12.92 : pow( ( $c + 0.055 ) / 1.055, 2.4 );
	}
	return 0.2126 * $l[0] + 0.7152 * $l[1] + 0.0722 * $l[2];
}

/**
 * WCAG contrast ratio of two colours (1 when either is not a hex colour).
 *
 * @param string $a A colour.
 * @param string $b Another.
 * @return float
 */
function haven_widgets_contrast( $a, $b ) {
	$la = haven_widgets_luminance( $a );
	$lb = haven_widgets_luminance( $b );
	if ( null === $la || null === $lb ) {
		return 1.0;
	}
	return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
}

/**
 * Whether the site's own background is light or dark: the theme.json background of a block
 * theme (through its palette), else a classic theme's background colour. Light when unknown.
 *
 * @return string 'light' or 'dark'.
 */
function haven_widgets_site_theme() {
	static $theme = null;
	if ( null !== $theme ) {
		return $theme;
	}
	$color = '';
	if ( function_exists( 'wp_is_block_theme' ) && wp_is_block_theme() && function_exists( 'wp_get_global_styles' ) ) {
		$color = wp_get_global_styles( array( 'color', 'background' ) );
		$color = is_string( $color ) ? $color : '';
		if ( preg_match( '/(?:preset\|color\||--wp--preset--color--)([a-z0-9_-]+)/i', $color, $match ) ) {
			$color   = '';
			$palette = wp_get_global_settings( array( 'color', 'palette' ) );
			foreach ( array( 'custom', 'theme', 'default' ) as $origin ) {
				foreach ( isset( $palette[ $origin ] ) && is_array( $palette[ $origin ] ) ? $palette[ $origin ] : array() as $entry ) {
					if ( '' === $color && isset( $entry['slug'], $entry['color'] ) && $entry['slug'] === $match[1] ) {
						$color = $entry['color'];
					}
				}
			}
		}
	} elseif ( function_exists( 'get_background_color' ) ) {
		$color = '#' . get_background_color();
	}
	$luminance = haven_widgets_luminance( trim( $color ) );
	$theme     = null !== $luminance && $luminance < 0.179 ? 'dark' : 'light';
	return $theme;
}

/**
 * The theme every widget gets unless its block chooses another: `light` or `dark` (as chosen,
 * or the site's own), or `auto` (each visitor's system).
 *
 * @param string|null $setting The theme setting; the saved one when null.
 * @return string
 */
function haven_widgets_global_theme( $setting = null ) {
	if ( null === $setting ) {
		$setting = haven_widgets_settings()['theme'];
	}
	switch ( $setting ) {
		case 'light':
		case 'dark':
			return $setting;
		case 'visitor':
			return 'auto';
		default:
			return haven_widgets_site_theme();
	}
}

/**
 * The theme attribute of one widget: its block's choice, else the site-wide one.
 *
 * @param mixed $own A block's or shortcode's `theme` ('', light, dark, visitor).
 * @return string light, dark or auto.
 */
function haven_widgets_theme( $own = '' ) {
	$own = haven_widgets_enum( $own, array( 'light', 'dark', 'visitor' ), '' );
	return '' === $own ? haven_widgets_global_theme() : haven_widgets_global_theme( $own );
}
